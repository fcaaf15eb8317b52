'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One workflow step on a version: "Phê duyệt" (with the reason a short
 * window needs, when it does), "Từ chối" with "Lý do", "Tạo phiên bản mới".
 */
export function StepForm(props: {
  action: FormAction;
  hidden: Record<string, string>;
  button: string;
  /** A text the step needs: its field name, label and whether it is required. */
  text?: { name: string; label: string; hint?: string; required: boolean; initial?: string };
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const t = props.text;
  return (
    <form action={formAction} aria-label={props.button} className="space-y-3">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      {t ? (
        <TextAreaField
          id={`f-${t.name}-${props.button.length}`}
          name={t.name}
          label={t.label}
          hint={t.hint}
          required={t.required}
          rows={3}
          maxLength={2000}
          defaultValue={state.values?.[t.name] ?? t.initial ?? ''}
          error={state.fieldErrors?.[t.name]}
        />
      ) : null}
      <SubmitButton variant={props.variant}>{props.button}</SubmitButton>
    </form>
  );
}
