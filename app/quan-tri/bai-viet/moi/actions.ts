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
import { submitRevision } from '@/lib/workflow/transitions';
import { intentOf, readArticleForm, uploadCover } from '../../_lib/article-form';

/**
 * "Lưu nháp" / "Gửi duyệt" on the new-article form: creates the article and
 * its first draft (with the uploaded cover, if any), then submits it when
 * asked. On a refusal the user's text comes back untouched.
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
  let articleId: string;
  try {
    const coverId = await uploadCover(actor, formData);
    if (coverId) {
      input.coverMediaId = coverId;
      values.coverMediaId = coverId;
    }
    const created = await createArticle(actor, input);
    articleId = created.article.id;
    if (intentOf(formData) === 'submit') {
      const submitted = await submitRevision(actor, created.revision.id, created.revision.version);
      expireTags(submitted.tags);
      redirect(`/quan-tri/bai-viet/${articleId}?da=gui-duyet`);
    }
  } catch (error) {
    return fromError(error, values);
  }
  redirect(`/quan-tri/bai-viet/${articleId}?da=tao-moi`);
}
