'use server';

import type { ActionState } from '@/lib/forms/action-state';
import { FEEDBACK_MODE_LABELS } from '@/lib/moderation/labels';
import { setFeedbackMode } from '@/lib/moderation/mode';
import { feedbackModeInputSchema } from '@/lib/moderation/schema';
import { runStaffAction } from '../../_lib/run-action';

/** "Lưu chế độ ý kiến": open, closed or hidden, against the mode the screen showed. */
export async function feedbackModeAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runStaffAction(formData, feedbackModeInputSchema, async (actor, input) => {
    const done = await setFeedbackMode(actor, input);
    return {
      tags: done.tags,
      message: `Đã lưu. ${FEEDBACK_MODE_LABELS[done.mode]}.`,
      revalidate: `/quan-tri/bai-viet/${input.articleId}`,
    };
  });
}
