import type { PlanContent } from '@/lib/plans/content';
import { itemField, vnDayText } from '@/lib/plans/content';
import type { PlanItemKind } from '@/lib/generated/prisma/enums';

/** One item row of the editor: its key, kind and, for an activity, its solution's key. */
export type Row = { key: string; kind: PlanItemKind; parentKey: string | null };

/** The editor's starting values: the plan's fields and each item's, by form field name. */
export function formValuesOf(content: PlanContent): Record<string, string> {
  const values: Record<string, string> = {
    title: content.title,
    decisionRef: content.decisionRef,
    basis: content.basis,
    summary: content.summary,
  };
  for (const item of content.items) {
    values[itemField(item.key, 'title')] = item.title;
    values[itemField(item.key, 'body')] = item.body;
    values[itemField(item.key, 'targetDate')] = vnDayText(item.targetDate);
    values[itemField(item.key, 'unit')] = item.unit;
  }
  return values;
}

export function rowsOf(content: PlanContent): Row[] {
  return content.items.map(({ key, kind, parentKey }) => ({ key, kind, parentKey }));
}

let made = 0;
/** A key for a new row, unique on this page (the server gives new items their own ids). */
export function newKey(): string {
  made += 1;
  return `n${Date.now().toString(36)}${made}`;
}
