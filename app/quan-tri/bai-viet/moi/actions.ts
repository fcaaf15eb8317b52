'use server';

import { redirect } from 'next/navigation';
import { articleInputSchema } from '@/lib/articles/schema';
import { getActor } from '@/lib/auth/session';
import { expireTags } from '@/lib/cache/expire';
import {
  type ActionState,
  formValues,
  fromError,
  fromZodError,
  notLoggedIn,
} from '@/lib/forms/action-state';
import { createArticle } from '@/lib/workflow/editing';
import { afterWorkflowStep } from '../../_lib/after-step';
import { intentOf, readArticleForm, readCover } from '../../_lib/article-form';

/**
 * "Lưu nháp" / "Gửi duyệt" on the new-article form: creates the article and
 * its first draft (with the uploaded cover, if any), submitted in the same
 * transaction when asked. On a refusal nothing is created, not even the
 * cover, and the user's text comes back untouched.
 */
export async function createArticleAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return notLoggedIn(values);
  const input = readArticleForm(formData);
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const submit = intentOf(formData) === 'submit';
  let articleId: string;
  try {
    const created = await createArticle(actor, input, { submit, cover: readCover(formData) });
    expireTags(created.tags);
    afterWorkflowStep(actor.id, created.revision.id);
    articleId = created.article.id;
  } catch (error) {
    return fromError(error, values);
  }
  redirect(`/quan-tri/bai-viet/${articleId}?da=${submit ? 'gui-duyet' : 'tao-moi'}`);
}
