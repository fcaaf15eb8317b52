'use client';

import { type ReactNode, useActionState } from 'react';
import { SubmitButton } from '@/components/ui/form/submit-button';
import type { ButtonVariant } from '@/components/ui/form/button-class';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  submitLabel: string;
  variant?: ButtonVariant;
  /** Inputs rendered by the page (labelled there); their errors are listed below. */
  children?: ReactNode;
  /** Accessible name of the form, e.g. "Đổi vai trò của a@b.vn". */
  label: string;
};

/** A small form in a table row (one action on one item), with its outcome announced. */
export function InlineActionForm({ action, hidden, submitLabel, variant, children, label }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  const errors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} aria-label={label} className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton variant={variant ?? 'secondary'}>{submitLabel}</SubmitButton>
      <div role="status" aria-live="polite" className="basis-full text-sm">
        {state.message ? (
          <p className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}>
            {state.message}
          </p>
        ) : null}
        {errors.length > 0 ? (
          <ul className="font-medium text-red-800">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
