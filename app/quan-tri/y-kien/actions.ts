'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { notifyAnswerPublished } from '@/lib/answers/mail';
import {
  approveAnswer,
  rejectAnswer,
  saveAnswer,
  unpublishAnswer,
} from '@/lib/answers/transitions';
import { reasonInputSchema } from '@/lib/articles/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { DECISION_LABELS } from '@/lib/moderation/decisions';
import { regroupItems } from '@/lib/moderation/grouping';
import { moderateFeedback } from '@/lib/moderation/moderate';
import { decisionInputSchema, readRefs } from '@/lib/moderation/schema';
import { idSchema } from '../_lib/article-form';
import { type ActionDone, runStaffAction } from '../_lib/run-action';

// Thin actions: runStaffAction (actor, zod, one lib/ call, public caches
// expired), then the staff area re-rendered so the queue and its count are current.

const groupingSchema = z.object({ grouping: z.enum(['merge', 'split']) });

/** "Gộp nhóm" / "Tách khỏi nhóm" on the items ticked. */
function regroup(formData: FormData): Promise<ActionState> {
  return runStaffAction(formData, groupingSchema, async (actor, input) => {
    const done = await regroupItems(actor, readRefs(formData.getAll('chon')), input.grouping);
    revalidatePath('/quan-tri', 'layout');
    const verb = input.grouping === 'merge' ? 'Đã gộp' : 'Đã tách';
    return { message: `${verb} ${done.count} ý kiến.`, tags: done.tags };
  });
}

/**
 * "Đăng", "Từ chối" (a reason required), "Ẩn", "Khôi phục" on the items
 * ticked (or the one shown); the same form's "Gộp nhóm" and "Tách khỏi nhóm".
 */
export async function moderateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.has('grouping')) return regroup(formData);
  return runStaffAction(formData, decisionInputSchema, async (actor, input) => {
    const refs = readRefs(formData.getAll('chon'));
    const { decision, reason, note } = input;
    const done = await moderateFeedback(actor, refs, {
      decision,
      reason: reason ?? undefined,
      note: note ?? undefined,
    });
    revalidatePath('/quan-tri', 'layout');
    const n = done.items.length;
    return { message: `${DECISION_LABELS[decision]}: đã xử lý ${n} ý kiến.`, tags: done.tags };
  });
}

const answerRef = z.object({ answerId: idSchema, version: z.coerce.number().int().positive() });

/** Back to the item's page with the answer's outcome, its public page expired. */
function toItem(feedbackId: string, tags: string[], message: string): ActionDone {
  revalidatePath('/quan-tri', 'layout');
  return { tags, message, revalidate: `/quan-tri/y-kien/${feedbackId}` };
}

/** "Lưu nháp" / "Gửi duyệt" in the answer editor ("version" empty: the first draft). */
export async function saveAnswerAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({
    feedbackId: idSchema,
    version: z.string().transform((v) => (v ? Number(v) : null)),
    intent: z.enum(['save', 'submit']).catch('save'),
    body: z.string(),
  });
  return runStaffAction(formData, schema, async (actor, input) => {
    const submit = input.intent === 'submit';
    const done = await saveAnswer(
      actor,
      input.feedbackId,
      input.version,
      { body: input.body },
      { submit },
    );
    return toItem(
      input.feedbackId,
      done.tags,
      submit ? 'Đã gửi duyệt trả lời.' : 'Đã lưu nháp trả lời.',
    );
  });
}

/** "Phê duyệt": the answer is published, and the asker emailed after the response. */
export async function approveAnswerAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, answerRef, async (actor, { answerId, version }) => {
    const done = await approveAnswer(actor, answerId, version);
    after(() => notifyAnswerPublished(answerId));
    return toItem(done.answer.feedbackId, done.tags, 'Đã phê duyệt và đăng trả lời.');
  });
}

/** "Từ chối" with a required "Lý do". */
export async function rejectAnswerAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = answerRef.extend(reasonInputSchema.shape);
  return runStaffAction(formData, schema, async (actor, { answerId, version, reason }) => {
    const done = await rejectAnswer(actor, answerId, version, { reason });
    return toItem(done.answer.feedbackId, done.tags, 'Đã từ chối trả lời.');
  });
}

/** "Gỡ trả lời" with a required "Lý do": off the article at once. */
export async function unpublishAnswerAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = answerRef.extend(reasonInputSchema.shape);
  return runStaffAction(formData, schema, async (actor, { answerId, version, reason }) => {
    const done = await unpublishAnswer(actor, answerId, version, { reason });
    return toItem(done.answer.feedbackId, done.tags, 'Đã gỡ trả lời.');
  });
}
