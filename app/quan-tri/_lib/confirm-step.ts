import 'server-only';
import {
  CONFIRM_KINDS,
  type ConfirmKind,
  type ConfirmStep,
  STEP_PARAMS,
} from '@/components/workflow/confirm-types';
import { approveInputSchema, reasonInputSchema, versionSchema } from '@/lib/articles/schema';

type Query = Record<string, string | string[] | undefined>;

const one = (query: Query, key: string): string => {
  const value = query[key];
  return typeof value === 'string' ? value : '';
};

const kindOf = (raw: string): ConfirmKind | null =>
  (CONFIRM_KINDS as readonly string[]).includes(raw) ? (raw as ConfirmKind) : null;

const PAST = 'Thời gian xuất bản phải sau thời điểm hiện tại. Để trống nếu muốn xuất bản ngay.';

/**
 * The first step as sent in the query string, checked with the same schemas
 * the workflow uses (the workflow checks again when the second step is sent).
 */
export function readConfirmStep(query: Query, now = new Date()): ConfirmStep {
  const asked = kindOf(one(query, STEP_PARAMS.kind));
  const form = asked ?? kindOf(one(query, STEP_PARAMS.back));
  const version = versionSchema.safeParse(one(query, STEP_PARAMS.version));
  const step: ConfirmStep = {
    kind: asked,
    form,
    version: version.success ? version.data : null,
    publishAt: one(query, STEP_PARAMS.publishAt),
    publishAtDate: null,
    reason: one(query, STEP_PARAMS.reason),
    errors: {},
  };
  if (asked === 'phe-duyet') {
    const parsed = approveInputSchema.safeParse({ publishAt: step.publishAt });
    if (!parsed.success) step.errors.publishAt = parsed.error.issues.map((i) => i.message);
    else if (parsed.data.publishAt && parsed.data.publishAt <= now) step.errors.publishAt = [PAST];
    else step.publishAtDate = parsed.data.publishAt ?? null;
  } else if (asked) {
    const parsed = reasonInputSchema.safeParse({ reason: step.reason });
    if (parsed.success) step.reason = parsed.data.reason;
    else step.errors.reason = parsed.error.issues.map((i) => i.message);
  }
  if (step.errors.publishAt || step.errors.reason) step.kind = null;
  return step;
}
