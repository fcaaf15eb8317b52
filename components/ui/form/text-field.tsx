import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlClass, Field, type FieldProps } from './field';

type Common = Omit<FieldProps, 'children'>;

/** The Field's own props apart from the control's; the control's class defaults to controlClass. */
function splitField<P extends Common & { className?: string }>(props: P) {
  const { label, name, id, error, hint, required, className, ...rest } = props;
  return {
    field: { label, name, id, error, hint, required },
    className: className ?? controlClass,
    rest,
  };
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'required'>;

/** A labelled <input> with its error messages. */
export function TextField(props: InputProps) {
  const { field, className, rest } = splitField(props);
  return (
    <Field {...field}>{(control) => <input {...rest} {...control} className={className} />}</Field>
  );
}

type AreaProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id' | 'required'>;

/** A labelled <textarea> with its error messages. */
export function TextAreaField(props: AreaProps) {
  const { field, className, rest } = splitField(props);
  return (
    <Field {...field}>
      {(control) => <textarea {...rest} {...control} className={className} />}
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
export function SelectField({ options, placeholder, ...props }: SelectProps) {
  const { field, className, rest } = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <select {...rest} {...control} className={className}>
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
