'use server';

import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { addComment, commentInputSchema } from '@/lib/workflow/comments';
import { runAdminAction } from '../../_lib/run-action';
import { idSchema } from '../../_lib/article-form';

const schema = z.object({ revisionId: idSchema }).extend(commentInputSchema.shape);

/** "Gửi góp ý": one comment on a revision; lib/ checks who may join the thread. */
export async function addCommentAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const articleId = formData.get('articleId');
  const path = `/quan-tri/bai-viet/${typeof articleId === 'string' ? articleId : ''}`;
  return runAdminAction(formData, schema, path, async (actor, input) => {
    await addComment(actor, input.revisionId, { body: input.body });
    return { message: 'Đã gửi góp ý. Góp ý được lưu trong lịch sử của bài.' };
  });
}
