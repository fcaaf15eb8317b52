import { diffText, type FieldDiff } from '../articles/diff';
import type { PlanItemKind } from '../generated/prisma/enums';
import { type PlanContent, type PlanContentItem, vnDayText } from './content';

export type ItemChange = {
  key: string;
  change: 'added' | 'removed' | 'changed' | 'same';
  diff: FieldDiff;
};

export type PlanDiff = {
  /** False when there is nothing to compare with (a plan's first revision). */
  hasBase: boolean;
  fields: { key: 'title' | 'decisionRef' | 'basis' | 'summary'; label: string; diff: FieldDiff }[];
  sections: { kind: PlanItemKind; label: string; items: ItemChange[] }[];
};

export const KIND_LABELS: Readonly<Record<PlanItemKind, string>> = {
  PURPOSE: 'Mục đích',
  PRINCIPLE: 'Nguyên tắc',
  AUDIENCE: 'Đối tượng truyền thông',
  SOLUTION: 'Giải pháp trọng tâm',
  CHANNEL: 'Kênh truyền thông',
  ACTIVITY: 'Hoạt động',
};

const FIELDS = [
  { key: 'title', label: 'Tên kế hoạch' },
  { key: 'decisionRef', label: 'Văn bản ban hành' },
  { key: 'basis', label: 'Căn cứ' },
  { key: 'summary', label: 'Tóm tắt' },
] as const;

/** An item as one text, so a change of title, day, unit or solution shows word by word. */
function itemText(item: PlanContentItem, all: readonly PlanContentItem[]): string {
  const lines = [item.title];
  if (item.body) lines.push(item.body);
  if (item.kind === 'ACTIVITY') {
    const parent = all.find((i) => i.key === item.parentKey);
    if (parent) lines.push(`Giải pháp: ${parent.title}`);
    if (item.targetDate) lines.push(`Thời hạn: ${vnDayText(item.targetDate)}`);
    if (item.unit) lines.push(`Đơn vị thực hiện: ${item.unit}`);
  }
  return lines.join('\n');
}

function sectionChanges(
  kind: PlanItemKind,
  before: PlanContent | null,
  after: PlanContent,
): ItemChange[] {
  const old = (before?.items ?? []).filter((i) => i.kind === kind);
  const now = after.items.filter((i) => i.kind === kind);
  const oldByKey = new Map(old.map((i) => [i.key, i]));
  const kept = new Set(now.map((i) => i.key));
  const changes: ItemChange[] = now.map((item) => {
    const prev = oldByKey.get(item.key);
    const diff = diffText(
      prev ? itemText(prev, before?.items ?? []) : '',
      itemText(item, after.items),
    );
    return { key: item.key, change: !prev ? 'added' : diff.changed ? 'changed' : 'same', diff };
  });
  for (const item of old) {
    if (kept.has(item.key)) continue;
    const diff = diffText(itemText(item, before?.items ?? []), '');
    changes.push({ key: item.key, change: 'removed', diff });
  }
  return changes;
}

/**
 * What `after` changes against `before` (the published content, or the
 * revision before it): the plan's fields word by word, and per section each
 * item added, removed, changed (word by word) or kept. Items are matched by
 * key, so a reworded item is a change, not a removal and an addition.
 */
export function diffPlans(before: PlanContent | null, after: PlanContent): PlanDiff {
  const base = before ?? { title: '', decisionRef: '', basis: '', summary: '', items: [] };
  return {
    hasBase: before !== null,
    fields: FIELDS.map((f) => ({ ...f, diff: diffText(base[f.key], after[f.key]) })),
    sections: (Object.keys(KIND_LABELS) as PlanItemKind[]).map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      items: sectionChanges(kind, before, after),
    })),
  };
}
