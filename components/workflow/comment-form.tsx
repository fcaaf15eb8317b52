'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import type { FormAction } from './editor-types';

type Props = {
  action: FormAction;
  revisionId: string;
  articleId: string;
  maxLength: number;
};

/** "Gửi góp ý": plain text; the box empties once the comment is saved, and keeps it if refused. */
export function CommentForm({ action, revisionId, articleId, maxLength }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  // React empties the form after each submission; a refusal puts the text back.
  return (
    <form
      action={formAction}
      key={JSON.stringify(state.values ?? null)}
      noValidate
      className="space-y-3"
    >
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="articleId" value={articleId} />
      <FormStatus state={state} />
      <TextAreaField
        id="comment-body"
        label="Góp ý của bạn"
        name="body"
        required
        rows={3}
        maxLength={maxLength}
        hint="Chữ thường, không định dạng. Người viết và người phê duyệt của bài đều đọc được."
        error={state.fieldErrors?.body}
        defaultValue={state.values?.body ?? ''}
      />
      <SubmitButton variant="secondary">Gửi góp ý</SubmitButton>
    </form>
  );
}
