'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import type { FeedbackMode } from '@/lib/generated/prisma/enums';
import { FEEDBACK_MODE_LABELS } from '@/lib/moderation/labels';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  articleId: string;
  mode: FeedbackMode;
};

/** "Ý kiến bạn đọc" on one article: open, closed (shown, no form) or hidden. */
export function FeedbackModeForm({ action, articleId, mode }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="shown" value={mode} />
      <FormStatus state={state} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">Chế độ ý kiến bạn đọc</legend>
        {(Object.keys(FEEDBACK_MODE_LABELS) as FeedbackMode[]).map((m) => (
          <label key={m} className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value={m}
              defaultChecked={m === mode}
              className="size-5"
            />
            {FEEDBACK_MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <SubmitButton variant="secondary">Lưu chế độ ý kiến</SubmitButton>
    </form>
  );
}
