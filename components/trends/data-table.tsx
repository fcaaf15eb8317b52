import type { ChartTable } from '@/lib/trends-data/chart-tables';
import { numberVi } from './scale';

/** A chart's numbers as a table (screen readers, exact values), scrolling inside its box. */
export function DataTable({ table }: { table: ChartTable }) {
  return (
    <section
      className="max-h-72 overflow-auto rounded border border-slate-200 focus-visible:outline-3 focus-visible:outline-amber-500"
      aria-label={`Bảng số liệu: ${table.title}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus to be scrolled without a mouse (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{table.title}</caption>
        <thead className="sticky top-0 bg-slate-100">
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1 font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.join('\t')} className="border-t border-slate-200">
              {row.map((cell, j) => (
                <Cell key={table.columns[j]} value={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Cell({ value }: { value: string | number }) {
  if (typeof value === 'number') {
    return <td className="px-2 py-1 text-right tabular-nums">{numberVi.format(value)}</td>;
  }
  return <td className="px-2 py-1">{value}</td>;
}
