'use client';

import { type KeyboardEvent, useRef, useState } from 'react';
import type { EditCommand } from '@/lib/text/markdown-edit';

export type ToolbarCommand = EditCommand | 'image';

type Tool = { command: ToolbarCommand; label: string; icon: string; keys?: string; aria?: string };

/** The toolbar's buttons, in order, with the shortcuts the textarea answers to. */
export const TOOLS: readonly Tool[] = [
  {
    command: 'heading',
    label: 'Đề mục',
    icon: 'H',
    keys: 'Ctrl+Alt+2',
    aria: 'Control+Alt+2',
  },
  { command: 'bold', label: 'In đậm', icon: 'B', keys: 'Ctrl+B', aria: 'Control+B' },
  { command: 'italic', label: 'In nghiêng', icon: 'I', keys: 'Ctrl+I', aria: 'Control+I' },
  {
    command: 'bulleted',
    label: 'Danh sách dấu đầu dòng',
    icon: '•',
    keys: 'Ctrl+Shift+8',
    aria: 'Control+Shift+8',
  },
  {
    command: 'numbered',
    label: 'Danh sách đánh số',
    icon: 'numbered',
    keys: 'Ctrl+Shift+7',
    aria: 'Control+Shift+7',
  },
  { command: 'link', label: 'Liên kết', icon: 'link', keys: 'Ctrl+K', aria: 'Control+K' },
  {
    command: 'quote',
    label: 'Trích dẫn',
    icon: '❝',
    keys: 'Ctrl+Shift+9',
    aria: 'Control+Shift+9',
  },
  { command: 'table', label: 'Bảng', icon: '▦' },
  { command: 'image', label: 'Chèn ảnh', icon: 'image' },
];

/** The command a key press in the textarea stands for, if any. */
export function shortcutCommand(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>,
): ToolbarCommand | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const combo = `${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.code}`;
  const map: Record<string, ToolbarCommand> = {
    KeyB: 'bold',
    KeyI: 'italic',
    KeyK: 'link',
    'Alt+Digit2': 'heading',
    'Shift+Digit8': 'bulleted',
    'Shift+Digit7': 'numbered',
    'Shift+Digit9': 'quote',
  };
  return map[combo] ?? null;
}

// Drawn, not emoji: an emoji font is not on every staff computer. The
// numbered list is drawn too: as text ("1.") it would be a visible label
// that the button's name does not contain (WCAG 2.5.3, Label in Name).
const DRAWN: Record<string, string> = {
  numbered: 'M11 6h9M11 12h9M11 18h9M4 5l1.5-1v5M4 12a1.5 1.5 0 1 1 3 .5L4 16h3',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15.5 9.5h.01',
};

function ToolIcon({ tool }: { tool: Tool }) {
  const path = DRAWN[tool.icon];
  if (!path) {
    return (
      <span aria-hidden="true" className={tool.command === 'italic' ? 'italic' : undefined}>
        {tool.icon}
      </span>
    );
  }
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="inline size-5 fill-none stroke-current stroke-2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={path} />
    </svg>
  );
}

/** Where an arrow, Home or End key moves the focus from button `active`. */
function targetIndex(key: string, active: number): number | null {
  if (key === 'ArrowRight') return active + 1;
  if (key === 'ArrowLeft') return active - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return TOOLS.length - 1;
  return null;
}

type Props = { controls: string; onCommand: (command: ToolbarCommand) => void };

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one Tab stop, arrow
 * keys, Home and End move between buttons; each button's name and tooltip
 * say its shortcut.
 */
export function EditorToolbar({ controls, onCommand }: Props) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const next = (index + TOOLS.length) % TOOLS.length;
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const target = targetIndex(e.key, active);
    if (target === null) return;
    e.preventDefault();
    move(target);
  };
  return (
    <div
      role="toolbar"
      aria-label="Thanh định dạng"
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-slate-400 bg-slate-50 p-1"
    >
      {TOOLS.map((tool, i) => {
        const name = tool.keys ? `${tool.label} (${tool.keys})` : tool.label;
        return (
          <button
            key={tool.command}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === active ? 0 : -1}
            title={name}
            aria-label={name}
            aria-keyshortcuts={tool.aria}
            onFocus={() => setActive(i)}
            onClick={() => onCommand(tool.command)}
            className="min-w-9 rounded border border-transparent px-2 py-1 font-semibold text-slate-900 hover:border-slate-400 hover:bg-white focus-visible:outline-3 focus-visible:outline-amber-500"
          >
            <ToolIcon tool={tool} />
          </button>
        );
      })}
    </div>
  );
}
