import Link from 'next/link';
import { StaffTime } from '@/components/staff/staff-time';
import { HeadingRow } from '@/components/ui/heading-row';
import type { AuditRow } from '@/lib/audit/queries';

const HEADINGS = [
  'Thời gian',
  'Người thực hiện',
  'Đối tượng',
  'Thao tác',
  'Trạng thái',
  'Ghi chú',
  'IP',
];

/** One page of the audit log; scrolls sideways inside its own box on a narrow screen. */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  if (rows.length === 0) {
    return (
      <p className="rounded border border-slate-300 bg-white p-4">Không có sự kiện nào phù hợp.</p>
    );
  }
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <HeadingRow headings={HEADINGS} />
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <StaffTime value={row.at} />
              </td>
              <td className="px-3 py-2 break-all">
                {row.actorName ?? row.actorEmail ?? 'Hệ thống'}
              </td>
              <td className="px-3 py-2">
                <span className="block text-slate-700">{row.object.kind}</span>
                {row.object.href ? (
                  <Link
                    href={row.object.href}
                    className="text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
                  >
                    {row.object.label}
                  </Link>
                ) : (
                  <span className="break-all">{row.object.label}</span>
                )}
              </td>
              <td className="px-3 py-2">{row.actionLabel}</td>
              <td className="px-3 py-2">{row.stateChange}</td>
              <td className="px-3 py-2 whitespace-pre-line">{row.note ?? ''}</td>
              <td className="px-3 py-2">{row.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
