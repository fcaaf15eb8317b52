import type { ReactNode } from 'react';

/**
 * Classes of a table that stacks into cards on a phone: each row a card,
 * each value after its column's name (ColumnName), the head hidden there.
 * From `sm` up it is an ordinary table.
 */
export const stacked = {
  table: 'block w-full border-collapse text-left sm:table',
  head: 'hidden sm:table-header-group',
  body: 'block sm:table-row-group',
  row: 'block border-b border-slate-200 py-2 align-top sm:table-row',
  cell: 'block px-3 py-1 sm:table-cell sm:py-2',
} as const;

/** A column's name before its value, on a phone only (the table head says it elsewhere). */
export function ColumnName({ children }: { children: ReactNode }) {
  return (
    <span className="font-semibold sm:hidden" aria-hidden="true">
      {children}:{' '}
    </span>
  );
}
