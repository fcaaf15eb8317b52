'use server';

import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { createArticle } from '@/lib/workflow/editing';
import { intentOf, readArticleForm, readCover } from '../../_lib/article-form';
import { runStaffAction, toArticle } from '../../_lib/run-action';

/** No hidden fields: the content is parsed by createArticle itself. */
const noRef = z.object({});

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
  const submit = intentOf(formData) === 'submit';
  return runStaffAction(formData, noRef, async (actor) => {
    const input = readArticleForm(formData);
    const created = await createArticle(actor, input, { submit, cover: readCover(formData) });
    return toArticle(created, submit ? 'gui-duyet' : 'tao-moi');
  });
}
