import type { ReactNode } from 'react';
import type { ChartTable } from '@/lib/trends-data/chart-tables';
import { DataTable } from './data-table';

/**
 * One chart with its table beside it (below it on a phone) and a link to
 * its data as CSV.
 */
export function ChartFrame(props: {
  table: ChartTable;
  csvHref: string;
  children: ReactNode;
  note?: ReactNode;
}) {
  const { table, csvHref, children, note } = props;
  const headingId = `bieu-do-${table.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded border border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold">
          {table.title}
        </h2>
        <a href={csvHref} className="text-sm text-blue-800 underline" download>
          Tải CSV<span className="sr-only">: {table.title}</span>
        </a>
      </div>
      {note}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0">{children}</div>
        <DataTable table={table} />
      </div>
    </section>
  );
}
