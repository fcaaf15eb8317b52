'use server';

import { z } from 'zod';
import { approveInputSchema, reasonInputSchema } from '@/lib/articles/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { amendArticle } from '@/lib/workflow/amend';
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
import { runStaffAction, toArticle } from '../../_lib/run-action';

// Every action here: runStaffAction (actor, hidden fields, one workflow
// call, public caches expired), then back to the article with a confirmation.

/**
 * "Lưu nháp" / "Gửi duyệt" in the editor, against the version the form was
 * loaded with. "Gửi duyệt" saves and submits in one transaction: a refusal
 * leaves the draft as it was, and the typed text stays in the form.
 */
export async function saveRevisionAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const options = { cover: readCover(formData) };
  return runStaffAction(formData, revisionRefSchema, async (actor, ref) => {
    const input = readArticleForm(formData);
    if (intentOf(formData) === 'submit') {
      const result = await saveAndSubmitRevision(
        actor,
        ref.revisionId,
        ref.version,
        input,
        options,
      );
      return toArticle(result, 'gui-duyet');
    }
    const result = await saveRevision(actor, ref.revisionId, ref.version, input, options);
    return toArticle(result, 'luu-nhap');
  });
}

/** "Gửi duyệt" without editing (a revision shown read-only). */
export async function submitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runStaffAction(formData, revisionRefSchema, async (actor, ref) =>
    toArticle(await submitRevision(actor, ref.revisionId, ref.version), 'gui-duyet'),
  );
}

/** "Phê duyệt": now, or scheduled at "Thời gian xuất bản" (Vietnam time). */
export async function approveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const schema = revisionRefSchema.extend(approveInputSchema.shape);
  return runStaffAction(formData, schema, async (actor, input) => {
    const result = await approveRevision(actor, input.revisionId, input.version, {
      publishAt: input.publishAt,
    });
    return toArticle(result, result.revision.state === 'SCHEDULED' ? 'hen-gio' : 'phe-duyet');
  });
}

/** "Từ chối" with a required "Lý do". */
export async function rejectAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const schema = revisionRefSchema.extend(reasonInputSchema.shape);
  return runStaffAction(formData, schema, async (actor, input) => {
    const { revisionId, version, reason } = input;
    return toArticle(await rejectRevision(actor, revisionId, version, { reason }), 'tu-choi');
  });
}

/** "Gỡ bài" with a required "Lý do": the article leaves every public page. */
export async function unpublishAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const schema = z.object({ articleId: idSchema }).extend(reasonInputSchema.shape);
  return runStaffAction(formData, schema, async (actor, { articleId, reason }) =>
    toArticle(await unpublishArticle(actor, articleId, { reason }), 'go-bai'),
  );
}

/** "Sửa bài": a new draft copied from the live revision; the public keeps the live one. */
export async function amendAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const schema = z.object({ articleId: idSchema });
  return runStaffAction(formData, schema, async (actor, { articleId }) =>
    toArticle(await amendArticle(actor, articleId), 'sua-bai'),
  );
}

/** "Hủy hẹn giờ": a scheduled revision goes back to waiting for approval. */
export async function unscheduleAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, revisionRefSchema, async (actor, ref) =>
    toArticle(await unscheduleRevision(actor, ref.revisionId, ref.version), 'huy-hen-gio'),
  );
}
