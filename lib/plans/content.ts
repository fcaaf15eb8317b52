import { z } from 'zod';
import { ValidationError } from '../core/errors';
import type { FieldErrors } from '../core/errors';
import { fieldErrorsOf } from '../core/parse-input';
import type { PlanItemKind } from '../generated/prisma/enums';
import { parseVnDate } from '../text/vn-time';

/**
 * A plan's content as a revision holds it: the plan's own fields and its
 * items in order. Each item has a key: its PlanItem id when it exists
 * already (so articles and events linked to it stay linked through an
 * amendment), else a new key the form made up. An activity names its
 * solution by that solution's key.
 */
export type PlanContentItem = {
  key: string;
  kind: PlanItemKind;
  title: string;
  body: string;
  parentKey: string | null;
  /** A Vietnam calendar day, "2024-06-30"; activities only. */
  targetDate: string | null;
  unit: string;
};

export type PlanContent = {
  title: string;
  decisionRef: string;
  basis: string;
  summary: string;
  items: PlanContentItem[];
};

export const PLAN_ITEM_KINDS = [
  'PURPOSE',
  'PRINCIPLE',
  'AUDIENCE',
  'SOLUTION',
  'CHANNEL',
  'ACTIVITY',
] as const satisfies readonly PlanItemKind[];

function text(required: string | null, max: number) {
  const base = z
    .string({ error: 'Giá trị không hợp lệ.' })
    .normalize('NFC')
    .trim()
    .max(max, `Dài tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
  return required ? base.min(1, required) : base;
}

const headSchema = z.object({
  title: text('Hãy nhập tên kế hoạch.', 300),
  decisionRef: text(null, 300).default(''),
  basis: text(null, 1000).default(''),
  summary: text(null, 3000).default(''),
});

const KEY = /^[A-Za-z0-9_-]{1,40}$/;

const itemSchema = z.object({
  key: z.string().regex(KEY, 'Mục không hợp lệ.'),
  kind: z.enum(PLAN_ITEM_KINDS, { error: 'Loại mục không hợp lệ.' }),
  title: text('Hãy nhập nội dung mục này.', 500),
  body: text(null, 3000).default(''),
  parentKey: z.string().nullable().default(null),
  targetDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ.')
    .nullable()
    .default(null),
  unit: text(null, 300).default(''),
});

/** The form field of one item's field, as the staff editor names it. */
export function itemField(key: string, field: string): string {
  return `item:${key}:${field}`;
}

/** Rules across items: unique keys, each activity under a solution of this plan. */
function crossErrors(items: PlanContentItem[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  const solutions = new Set(items.filter((i) => i.kind === 'SOLUTION').map((i) => i.key));
  for (const item of items) {
    if (seen.has(item.key)) errors[itemField(item.key, 'title')] = ['Mục bị lặp.'];
    seen.add(item.key);
    if (item.kind === 'ACTIVITY' && !(item.parentKey && solutions.has(item.parentKey))) {
      errors[itemField(item.key, 'parent')] = ['Hãy chọn giải pháp mà hoạt động này thực hiện.'];
    }
  }
  return errors;
}

/**
 * Checks a plan's content (from the form or a caller) and returns it NFC
 * and trimmed, or throws ValidationError keyed by the editor's field names.
 * Only activities keep a solution, a target day and a unit.
 */
export function parsePlanContent(input: unknown): PlanContent {
  const raw = (input ?? {}) as { items?: unknown };
  const head = headSchema.safeParse(input);
  const errors: FieldErrors = head.success ? {} : fieldErrorsOf(head.error);
  const items: PlanContentItem[] = [];
  const list = Array.isArray(raw.items) ? raw.items : [];
  if (list.length > 300) errors.items = ['Kế hoạch có tối đa 300 mục.'];
  for (const entry of list.slice(0, 300)) {
    const parsed = itemSchema.safeParse(entry);
    if (!parsed.success) {
      const key = (entry as { key?: unknown })?.key;
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) {
        errors[typeof key === 'string' ? itemField(key, field) : 'items'] = messages;
      }
      continue;
    }
    const activity = parsed.data.kind === 'ACTIVITY';
    items.push({
      ...parsed.data,
      parentKey: activity ? parsed.data.parentKey : null,
      targetDate: activity ? parsed.data.targetDate : null,
      unit: activity ? parsed.data.unit : '',
    });
  }
  Object.assign(errors, crossErrors(items));
  if (!head.success || Object.keys(errors).length > 0) {
    throw new ValidationError(errors, 'Vui lòng kiểm tra lại các trường được đánh dấu.');
  }
  return { ...head.data, items };
}

/** "30/06/2024" typed by staff to "2024-06-30"; "" to null; anything else kept to fail. */
function isoDay(typed: string): string | null {
  const t = typed.trim();
  if (!t) return null;
  const start = parseVnDate(t);
  if (!start) return t;
  return new Date(start.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The staff editor's flat fields (`order` lists the item keys in page order;
 * `item:{key}:{field}` holds each field) as content for parsePlanContent.
 */
export function contentFromForm(fields: Record<string, unknown>): Record<string, unknown> {
  const str = (name: string) => {
    const v = fields[name];
    return typeof v === 'string' ? v : '';
  };
  const keys = str('order').split(',').filter(Boolean);
  const items = keys.map((key) => ({
    key,
    kind: str(itemField(key, 'kind')),
    title: str(itemField(key, 'title')),
    body: str(itemField(key, 'body')),
    parentKey: str(itemField(key, 'parent')) || null,
    targetDate: isoDay(str(itemField(key, 'targetDate'))),
    unit: str(itemField(key, 'unit')),
  }));
  const { title, decisionRef, basis, summary } = {
    title: str('title'),
    decisionRef: str('decisionRef'),
    basis: str('basis'),
    summary: str('summary'),
  };
  return { title, decisionRef, basis, summary, items };
}

/** "2024-06-30" as staff type it: "30/06/2024". */
export function vnDayText(day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
