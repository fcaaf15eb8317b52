import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlClass, Field, type FieldProps } from './field';

type Common = Omit<FieldProps, 'children'>;

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'required'>;

/** A labelled <input> with its error messages. */
export function TextField({
  label,
  name,
  id,
  error,
  hint,
  required,
  className,
  ...rest
}: InputProps) {
  return (
    <Field {...{ label, name, id, error, hint, required }}>
      {(control) => <input {...rest} {...control} className={className ?? controlClass} />}
    </Field>
  );
}

type AreaProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id' | 'required'>;

/** A labelled <textarea> with its error messages. */
export function TextAreaField({
  label,
  name,
  id,
  error,
  hint,
  required,
  className,
  ...rest
}: AreaProps) {
  return (
    <Field {...{ label, name, id, error, hint, required }}>
      {(control) => <textarea {...rest} {...control} className={className ?? controlClass} />}
    </Field>
  );
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id' | 'required'> & {
    options: readonly { value: string; label: string }[];
    /** A first, empty choice such as "— Chọn chuyên mục —". */
    placeholder?: string;
  };

/** A labelled <select> with its error messages. */
export function SelectField({
  label,
  name,
  id,
  error,
  hint,
  required,
  options,
  placeholder,
  className,
  ...rest
}: SelectProps) {
  return (
    <Field {...{ label, name, id, error, hint, required }}>
      {(control) => (
        <select {...rest} {...control} className={className ?? controlClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
