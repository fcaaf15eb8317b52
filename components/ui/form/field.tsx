import type { ReactNode } from 'react';

/** Props a form control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
};

export type FieldProps = {
  label: string;
  name: string;
  /** Defaults to `f-<name>`; give one when a name appears twice on a page. */
  id?: string;
  error?: string[];
  hint?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export const controlClass =
  'block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ' +
  'focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 ' +
  'aria-invalid:border-red-700 aria-invalid:bg-red-50';

/**
 * A labelled form control. The hint and the error messages are linked with
 * aria-describedby and the control is marked aria-invalid while it has an
 * error, so screen readers announce both with the field.
 */
export function Field({ label, name, id, error, hint, required, children }: FieldProps) {
  const controlId = id ?? `f-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error?.length ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      {/* The asterisk stays outside the label so the field's name is exactly its label. */}
      <div className="flex gap-1">
        <label htmlFor={controlId} className="block font-semibold text-slate-900">
          {label}
        </label>
        {required ? (
          <span className="font-semibold text-red-800" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        name,
        'aria-invalid': errorId ? true : undefined,
        'aria-describedby': describedBy,
        required,
      })}
      {errorId ? (
        <ul id={errorId} className="text-sm font-medium text-red-800">
          {error?.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
