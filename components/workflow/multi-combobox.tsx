'use client';

import { type KeyboardEvent, useId, useState } from 'react';
import { Field } from '@/components/ui/form/field';
import { fold } from '@/lib/search/fold';
import type { Option } from './editor-types';

type Props = {
  label: string;
  /** The form field each chosen value is sent under, in order. */
  name: string;
  options: Option[];
  selected: string[];
  hint?: string;
  error?: string[];
  /** What to type, e.g. "Gõ vài chữ của tiêu đề…". */
  placeholder: string;
};

const SHOWN = 8;

/**
 * Several choices from a long list by typing (WAI-ARIA combobox with a
 * listbox popup): type a few letters of a title, with or without
 * diacritics, move with the arrow keys, Enter adds. Chosen items are listed
 * below, each with a button to take it out, and sent as hidden fields of
 * `name`, the same values a multiple select would send.
 */
export function MultiCombobox(props: Props) {
  const { label, name, options, selected, hint, error, placeholder } = props;
  const [chosen, setChosen] = useState(selected);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const base = useId();
  const byValue = new Map(options.map((o) => [o.value, o]));
  const folded = fold(query.trim());
  const matches = options
    .filter((o) => !chosen.includes(o.value) && fold(o.label).includes(folded))
    .slice(0, SHOWN);
  const optionId = (i: number) => `${base}-opt-${i}`;

  const add = (option: Option) => {
    setChosen((list) => [...list, option.value]);
    setQuery('');
    setOpen(false);
    setSaid(`Đã thêm: ${option.label}`);
  };
  const remove = (value: string) => {
    setChosen((list) => list.filter((v) => v !== value));
    setSaid(`Đã bỏ: ${byValue.get(value)?.label ?? ''}`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!open) {
        setOpen(true);
        setActive(down ? 0 : last);
        return;
      }
      setActive((i) => (down ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (e.key === 'Enter') {
      // Enter picks; it never submits the article form from here.
      e.preventDefault();
      const pick = open ? matches[active] : undefined;
      if (pick) add(pick);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const listId = `${base}-list`;
  const expanded = open && matches.length > 0;
  return (
    <div className="space-y-2">
      <Field label={label} name={name} id={`f-${name}`} hint={hint} error={error}>
        {({ name: _omit, ...control }) => (
          <div className="relative">
            <input
              {...control}
              type="text"
              role="combobox"
              autoComplete="off"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded ? optionId(active) : undefined}
              value={query}
              onChange={(e) => {
                setQuery(e.currentTarget.value);
                setOpen(true);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              placeholder={placeholder}
              className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base focus-visible:outline-3 focus-visible:outline-amber-500 aria-invalid:border-red-700"
            />
            <div
              id={listId}
              role="listbox"
              aria-label={`Gợi ý: ${label}`}
              hidden={!expanded}
              className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-400 bg-white shadow-lg"
            >
              {matches.map((o, i) => (
                <div
                  key={o.value}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    add(o);
                  }}
                  className="cursor-pointer px-3 py-2 aria-selected:bg-amber-100"
                >
                  {o.label}
                </div>
              ))}
            </div>
          </div>
        )}
      </Field>
      <p className="sr-only" role="status" aria-live="polite">
        {open && query ? `${matches.length} kết quả. ` : ''}
        {said}
      </p>
      {chosen.length > 0 ? (
        <ul aria-label={`Đã chọn: ${label}`} className="space-y-1">
          {chosen.map((value) => (
            <li
              key={value}
              className="flex items-start justify-between gap-2 rounded bg-slate-100 px-3 py-1"
            >
              <input type="hidden" name={name} value={value} />
              <span>{byValue.get(value)?.label ?? value}</span>
              <button
                type="button"
                onClick={() => remove(value)}
                aria-label={`Bỏ chọn ${byValue.get(value)?.label ?? ''}`}
                className="shrink-0 text-sm text-red-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
              >
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Chưa chọn mục nào.</p>
      )}
    </div>
  );
}
