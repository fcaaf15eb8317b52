import { z } from 'zod';
import { FeedbackMode, FeedbackRejectReason } from '../generated/prisma/enums';
import { MODERATION_DECISIONS } from './decisions';

/**
 * Inputs of moderation, one schema each, parsed by the Server Actions and
 * again by lib/moderation (a direct call cannot skip them).
 */

/** The most items one bulk decision may touch (a page of groups of copies). */
export const MAX_BATCH = 500;

/** One item as the moderator saw it: its id and the version on their screen. */
export const feedbackRefSchema = z.object({
  id: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().positive(),
});
export type FeedbackRef = z.output<typeof feedbackRefSchema>;

export const feedbackRefsSchema = z
  .array(feedbackRefSchema)
  .min(1, 'Hãy chọn ít nhất một ý kiến.')
  .max(MAX_BATCH, `Mỗi lần xử lý tối đa ${MAX_BATCH} ý kiến.`);

/**
 * A decision: publish, reject (one of the four reasons required, a note
 * optional), hide (a reason optional), restore.
 */
export const decisionInputSchema = z
  .object({
    decision: z.enum(MODERATION_DECISIONS, { error: 'Hãy chọn thao tác.' }),
    reason: z
      .enum(Object.values(FeedbackRejectReason), { error: 'Lý do không hợp lệ.' })
      .optional()
      .catch(undefined),
    note: z.string().normalize('NFC').trim().max(500, 'Ghi chú dài tối đa 500 ký tự.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Hãy chọn lý do từ chối.' });
    }
  })
  .transform((v) => ({
    decision: v.decision,
    // Why an item is not public: required to reject, optional to hide.
    reason: v.decision === 'reject' || v.decision === 'hide' ? (v.reason ?? null) : null,
    note: v.note ? v.note : null,
  }));
export type DecisionInput = z.input<typeof decisionInputSchema>;
export type Decision = z.output<typeof decisionInputSchema>;

/**
 * The checkboxes of the queue: each value names one row, "id:version", or
 * a group of copies, several of those joined by commas. Anything malformed
 * is left out here and refused by feedbackRefsSchema if nothing remains.
 */
export function readRefs(values: readonly unknown[]): FeedbackRef[] {
  const refs = values
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((pair) => {
      const [id, version] = pair.split(':');
      return feedbackRefSchema.safeParse({ id, version });
    })
    .flatMap((r) => (r.success ? [r.data] : []));
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** "id:version" pairs of a row's checkbox. */
export function refsValue(refs: readonly FeedbackRef[]): string {
  return refs.map((r) => `${r.id}:${r.version}`).join(',');
}

/** Per article: the mode, against the mode the screen showed (a compare-and-set). */
export const feedbackModeInputSchema = z.object({
  articleId: z.string().trim().min(1).max(64),
  mode: z.enum(Object.values(FeedbackMode), { error: 'Chế độ không hợp lệ.' }),
  shown: z.enum(Object.values(FeedbackMode)),
});
export type FeedbackModeInput = z.input<typeof feedbackModeInputSchema>;
