'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { type ButtonVariant, buttonClass } from './button-class';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  /** Shown while the form is being sent; defaults to "Đang xử lý…". */
  pendingText?: string;
  variant?: ButtonVariant;
};

/**
 * A submit button that is disabled while its form is being sent, so a
 * double click does not submit twice. The accessible name stays the label
 * (the pending text is visual; aria-busy tells assistive technology).
 */
export function SubmitButton({ children, pendingText, variant, disabled, ...rest }: Props) {
  const { pending, data } = useFormStatus();
  // Only the button that was pressed shows the pending text.
  const mine = pending && (!rest.name || data?.get(rest.name) === rest.value);
  return (
    <button
      {...rest}
      type="submit"
      disabled={disabled || pending}
      aria-busy={mine || undefined}
      className={buttonClass(variant)}
    >
      {children}
      {mine ? (
        <span className="ml-2 text-sm font-normal" aria-hidden="true">
          {pendingText ?? '(đang xử lý…)'}
        </span>
      ) : null}
    </button>
  );
}
