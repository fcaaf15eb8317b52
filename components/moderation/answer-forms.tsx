'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

function Hidden({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

/**
 * "Trả lời của Bộ" being written: the text, "Lưu nháp" and, when the
 * policy allows, "Gửi duyệt". A refusal keeps what was typed.
 */
export function AnswerEditor(props: {
  action: FormAction;
  hidden: Record<string, string>;
  body: string;
  canSubmit: boolean;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  return (
    <form action={formAction} className="space-y-3">
      <Hidden fields={props.hidden} />
      <FormStatus state={state} />
      <TextAreaField
        id="answer-body"
        name="body"
        label="Nội dung trả lời"
        hint="Văn bản thuần; người đọc thấy đúng như nhập, kèm tên “Trả lời của Bộ”."
        required
        rows={8}
        maxLength={10_000}
        defaultValue={state.values?.body ?? props.body}
        error={state.fieldErrors?.body}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        {props.canSubmit ? (
          <SubmitButton name="intent" value="submit">
            Gửi duyệt
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}

/** One step on a submitted or published answer: "Phê duyệt", or "Từ chối" / "Gỡ trả lời" with "Lý do". */
export function AnswerStepForm(props: {
  action: FormAction;
  hidden: Record<string, string>;
  button: string;
  /** Asks for "Lý do" first (reject, take down). */
  reasonId?: string;
  variant?: 'primary' | 'danger';
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  return (
    <form action={formAction} aria-label={props.button} className="space-y-3">
      <Hidden fields={props.hidden} />
      <FormStatus state={state} />
      {props.reasonId ? (
        <TextAreaField
          id={props.reasonId}
          name="reason"
          label="Lý do"
          required
          rows={3}
          maxLength={1000}
          defaultValue={state.values?.reason ?? ''}
          error={state.fieldErrors?.reason}
        />
      ) : null}
      <SubmitButton variant={props.variant}>{props.button}</SubmitButton>
    </form>
  );
}
