import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/forms/action-state';
import { InlineActionForm } from './inline-action-form';

/** A table of items, one row each, that scrolls sideways on its own on a narrow screen. */
export function AdminTable({
  headings,
  children,
}: {
  headings: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            {headings.map((h, i) => (
              <th key={h} scope="col" className={i < headings.length - 1 ? 'py-2 pr-3' : 'py-2'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Toggle = { action: Action; label: string };
/** What stops and what resumes one kind of item. */
export type ToggleActions = { stop: Toggle; resume: Toggle };

/**
 * The one button that flips an item's `active` flag: "stop" (a danger button)
 * while active, "resume" otherwise. Each form is named "<label> <name>".
 */
export function ActiveToggle({
  active,
  name,
  hidden,
  stop,
  resume,
}: {
  active: boolean;
  name: string;
  hidden: Record<string, string>;
  stop: Toggle;
  resume: Toggle;
}) {
  const { action, label } = active ? stop : resume;
  return (
    <InlineActionForm
      action={action}
      hidden={hidden}
      submitLabel={label}
      variant={active ? 'danger' : undefined}
      label={`${label} ${name}`}
    />
  );
}
