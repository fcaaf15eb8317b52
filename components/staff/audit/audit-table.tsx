import Link from 'next/link';
import type { ReactNode } from 'react';
import { StaffTime } from '@/components/ui/staff-time';
import { HeadingRow } from '@/components/ui/heading-row';
import type { AuditRow } from '@/lib/audit/queries';
import { ColumnName, stacked } from '@/components/ui/stacked-table';

const HEADINGS = [
  'Thời gian',
  'Người thực hiện',
  'Đối tượng',
  'Thao tác',
  'Trạng thái',
  'Ghi chú',
  'IP',
];

/**
 * One page of the audit log. On a phone each event stacks into a card (the
 * column name before each value) so nothing scrolls sideways; on wider
 * screens a table that scrolls inside its own box if it must.
 */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  if (rows.length === 0) {
    return (
      <p className="rounded border border-slate-300 bg-white p-4">Không có sự kiện nào phù hợp.</p>
    );
  }
  const cell = stacked.cell;
  const tag = (i: number) => <ColumnName>{HEADINGS[i]}</ColumnName>;
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className={`${stacked.table} text-sm`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={stacked.head}>
          <HeadingRow headings={HEADINGS} />
        </thead>
        <tbody className={stacked.body}>
          {rows.map((row) => (
            <tr key={row.id} className={stacked.row}>
              <td className={`${cell} font-semibold whitespace-nowrap sm:font-normal`}>
                <StaffTime value={row.at} />
              </td>
              <td className={`${cell} break-words`}>
                {tag(1)}
                {row.actorName ?? row.actorEmail ?? 'Hệ thống'}
              </td>
              <td className={cell}>
                {tag(2)}
                <span className="text-slate-700 sm:block">{row.object.kind} </span>
                {row.object.href ? (
                  <Link
                    href={row.object.href}
                    className="text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
                  >
                    {row.object.label}
                  </Link>
                ) : (
                  <span className="break-words">{row.object.label}</span>
                )}
              </td>
              <td className={cell}>
                {tag(3)}
                {row.actionLabel}
              </td>
              <Optional className={cell} tag={tag(4)} value={row.stateChange} />
              <Optional className={`${cell} whitespace-pre-line`} tag={tag(5)} value={row.note} />
              <Optional className={cell} tag={tag(6)} value={row.ip} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type OptionalProps = { className: string; tag: ReactNode; value: string | null };

/** A cell that may be empty: kept in the table, left out of a phone's card. */
function Optional({ className, tag, value }: OptionalProps) {
  return (
    <td className={value ? className : `${className} max-sm:hidden`}>
      {value ? tag : null}
      {value ?? ''}
    </td>
  );
}
