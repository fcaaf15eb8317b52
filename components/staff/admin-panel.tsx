import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/forms/action-state';
import { InlineActionForm } from './inline-action-form';

/** A titled panel of an admin screen (categories, users). */
export function AdminPanel({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

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
