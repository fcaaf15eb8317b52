'use client';

import { useState } from 'react';
import { buttonClass } from './button-class';
import type { ControlProps } from './field';

type Props = { control: ControlProps; accept: string; button?: string };

/**
 * A file input whose visible parts are ours, in Vietnamese: the browser's
 * own button reads "Choose File" / "No file chosen" in the browser's
 * language. The input stays in the page (visually hidden, focusable, its
 * label and errors intact); the styled label opens it and shows the focus.
 */
export function FilePicker({ control, accept, button = 'Chọn ảnh…' }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const chosenId = `${control.id}-chosen`;
  const describedBy = [control['aria-describedby'], chosenId].filter(Boolean).join(' ');
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        {...control}
        aria-describedby={describedBy}
        type="file"
        accept={accept}
        className="peer sr-only"
        onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)}
      />
      <label
        htmlFor={control.id}
        className={`${buttonClass('secondary')} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-amber-500`}
      >
        {button}
      </label>
      <span id={chosenId} aria-live="polite" className="text-sm break-all text-slate-700">
        {chosen ? `Đã chọn: ${chosen}` : 'Chưa chọn tệp nào.'}
      </span>
    </div>
  );
}
