'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { approveInputSchema, articleInputSchema, reasonInputSchema } from '@/lib/articles/schema';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache/expire';
import {
  type ActionState,
  formValues,
  fromError,
  fromZodError,
  notLoggedIn,
} from '@/lib/forms/action-state';
import { amendArticle } from '@/lib/workflow/amend';
import type { WorkflowResult } from '@/lib/workflow/dto';
import { saveAndSubmitRevision, saveRevision } from '@/lib/workflow/editing';
import {
  approveRevision,
  rejectRevision,
  submitRevision,
  unscheduleRevision,
} from '@/lib/workflow/transitions';
import { unpublishArticle } from '@/lib/workflow/unpublish';
import {
  idSchema,
  intentOf,
  readArticleForm,
  readCover,
  revisionRefSchema,
} from '../../_lib/article-form';
import { afterWorkflowStep } from '../../_lib/after-step';

type Outcome = Promise<{ result: WorkflowResult; flash: string }>;

/**
 * The shared shape of every action here: values kept for the form, the
 * actor checked, input parsed (zod), one workflow call, public caches
 * expired, the after-effects (navigation counts, email), then back to
 * the article with a confirmation.
 */
async function run<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  step: (actor: Actor, input: z.output<S>) => Outcome,
): Promise<ActionState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return notLoggedIn(values);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  let target: string;
  try {
    const { result, flash } = await step(actor, parsed.data);
    expireTags(result.tags);
    afterWorkflowStep(actor.id, result.revision.id);
    target = `/quan-tri/bai-viet/${result.article.id}?da=${flash}`;
  } catch (error) {
    return fromError(error, values);
  }
  redirect(target);
}

/**
 * "Lưu nháp" / "Gửi duyệt" in the editor, against the version the form was
 * loaded with. "Gửi duyệt" saves and submits in one transaction: a refusal
 * leaves the draft as it was, and the typed text stays in the form.
 */
export async function saveRevisionAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const input = readArticleForm(formData);
  const content = articleInputSchema.safeParse(input);
  if (!content.success) return fromZodError(content.error, formValues(formData));
  const options = { cover: readCover(formData) };
  return run(formData, revisionRefSchema, async (actor, ref) => {
    if (intentOf(formData) === 'submit') {
      const result = await saveAndSubmitRevision(
        actor,
        ref.revisionId,
        ref.version,
        input,
        options,
      );
      return { result, flash: 'gui-duyet' };
    }
    const result = await saveRevision(actor, ref.revisionId, ref.version, input, options);
    return { result, flash: 'luu-nhap' };
  });
}

/** "Gửi duyệt" without editing (a revision shown read-only). */
export async function submitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, revisionRefSchema, async (actor, ref) => ({
    result: await submitRevision(actor, ref.revisionId, ref.version),
    flash: 'gui-duyet',
  }));
}

/** "Phê duyệt": now, or scheduled at "Thời gian xuất bản" (Vietnam time). */
export async function approveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, revisionRefSchema.extend(approveInputSchema.shape), async (actor, input) => {
    const result = await approveRevision(actor, input.revisionId, input.version, {
      publishAt: input.publishAt,
    });
    return { result, flash: result.revision.state === 'SCHEDULED' ? 'hen-gio' : 'phe-duyet' };
  });
}

/** "Từ chối" with a required "Lý do". */
export async function rejectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, revisionRefSchema.extend(reasonInputSchema.shape), async (actor, input) => ({
    result: await rejectRevision(actor, input.revisionId, input.version, { reason: input.reason }),
    flash: 'tu-choi',
  }));
}

/** "Gỡ bài" with a required "Lý do": the article leaves every public page. */
export async function unpublishAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({ articleId: idSchema }).extend(reasonInputSchema.shape);
  return run(formData, schema, async (actor, input) => ({
    result: await unpublishArticle(actor, input.articleId, { reason: input.reason }),
    flash: 'go-bai',
  }));
}

/** "Sửa bài": a new draft copied from the live revision; the public keeps the live one. */
export async function amendAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, z.object({ articleId: idSchema }), async (actor, input) => ({
    result: await amendArticle(actor, input.articleId),
    flash: 'sua-bai',
  }));
}

/** "Hủy hẹn giờ": a scheduled revision goes back to waiting for approval. */
export async function unscheduleAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return run(formData, revisionRefSchema, async (actor, ref) => ({
    result: await unscheduleRevision(actor, ref.revisionId, ref.version),
    flash: 'huy-hen-gio',
  }));
}
