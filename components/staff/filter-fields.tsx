import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass } from '@/components/ui/form/field';
import { VN_DATE_PATTERN } from '@/lib/text/vn-time';

/**
 * The pieces of the staff GET filter forms (article list, audit log). Plain
 * GET forms: filtering works without JavaScript and the URL can be shared.
 * Each field's id is `${prefix}-${name}`, so two forms never share ids; its
 * hint, when it has one, is `${id}-hint`.
 */

type FormProps = { label: string; action: string; className: string; children: ReactNode };

/** The form inside a labelled search landmark, with the "Lọc" button last. */
export function FilterForm({ label, action, className, children }: FormProps) {
  const grid = `grid gap-4 rounded border border-slate-300 bg-white p-4 ${className}`;
  return (
    <search aria-label={label}>
      <form method="get" action={action} className={grid}>
        {children}
        <div className="flex items-end">
          <button type="submit" className={buttonClass('primary')}>
            Lọc
          </button>
        </div>
      </form>
    </search>
  );
}

type FieldProps = { prefix: string; name: string; label: string; value: string | undefined };

/** A field's box: its label, then its hint when it has one, then the control. */
function Labelled(props: {
  id: string;
  label: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}) {
  const { id, label, hint, className, children } = props;
  return (
    <div className={className ? `space-y-1 ${className}` : 'space-y-1'}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A select; `anyLabel` adds a first, empty choice ("Tất cả"). */
export function FilterSelect(
  props: FieldProps & { options: readonly (readonly [string, string])[]; anyLabel?: string | null },
) {
  const { prefix, name, label, value, options, anyLabel = 'Tất cả' } = props;
  const id = `${prefix}-${name}`;
  return (
    <Labelled id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ''} className={controlClass}>
        {anyLabel === null ? null : <option value="">{anyLabel}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A free-text search field, with an optional hint under its label. */
export function FilterSearch(props: FieldProps & { hint?: string; className?: string }) {
  const { prefix, name, label, value, hint, className } = props;
  const id = `${prefix}-${name}`;
  return (
    <Labelled id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={controlClass}
      />
    </Labelled>
  );
}

/** A dd/mm/yyyy day; `bad` says the value given could not be read and was ignored. */
export function FilterDate({ prefix, name, label, value, bad }: FieldProps & { bad: boolean }) {
  const id = `${prefix}-${name}`;
  return (
    <Labelled id={id} label={label} hint="Dạng dd/mm/yyyy">
      {bad ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          Ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        pattern={VN_DATE_PATTERN}
        placeholder="dd/mm/yyyy"
        defaultValue={value ?? ''}
        aria-invalid={bad || undefined}
        aria-describedby={`${id}-hint${bad ? ` ${id}-error` : ''}`}
        className={controlClass}
      />
    </Labelled>
  );
}
