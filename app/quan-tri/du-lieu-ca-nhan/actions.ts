'use server';

import { erasePersonalData } from '@/lib/feedback/personal-data';
import { eraseRequestSchema } from '@/lib/feedback/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { runAdminAction } from '../_lib/run-action';

/** "Xoá dữ liệu": one person's feedback withdrawn and erased; their pages expired. */
export async function erasePersonalDataAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(
    formData,
    eraseRequestSchema,
    '/quan-tri/du-lieu-ca-nhan',
    async (actor, input) => {
      const done = await erasePersonalData(actor, input.email);
      return {
        message: `Đã xoá dữ liệu cá nhân của ${done.count} ý kiến gửi từ email này.`,
        tags: done.expireTags,
      };
    },
  );
}
