import type { Metadata } from 'next';
import Link from 'next/link';
import { StateBadge } from '@/components/workflow/state-badge';
import { ColumnName, stacked } from '@/components/ui/stacked-table';
import { buttonClass } from '@/components/ui/form/button-class';
import { requireActor } from '@/lib/auth/guards';
import { listConsultationsForStaff } from '@/lib/consultations/staff-queries';
import { formatVnDateTime } from '@/lib/text/date';
import { can } from '@/lib/core/policy';

export const metadata: Metadata = { title: 'Dự thảo lấy ý kiến' };

/** Every consultation with its newest version's state; the reads and checks live in lib/consultations. */
export default async function StaffConsultationsPage() {
  const actor = await requireActor();
  const items = await listConsultationsForStaff(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Dự thảo lấy ý kiến</h1>
        {can(actor, 'createArticle') ? (
          <Link href="/quan-tri/du-thao/moi" className={buttonClass('primary')}>
            Tạo dự thảo mới
          </Link>
        ) : null}
      </div>
      {items.length === 0 ? <p>Chưa có dự thảo nào.</p> : null}
      <table className={stacked.table}>
        <caption className="sr-only">Danh sách dự thảo lấy ý kiến</caption>
        <thead className={stacked.head}>
          <tr>
            <th className="px-3 py-2">Tên dự thảo</th>
            <th className="px-3 py-2">Trạng thái</th>
            <th className="px-3 py-2">Kết thúc lấy ý kiến</th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {items.map((item) => (
            <tr key={item.id} className={stacked.row}>
              <td className={stacked.cell}>
                <Link href={`/quan-tri/du-thao/${item.id}`} className="text-blue-800 underline">
                  {item.title}
                </Link>
                {item.versionNumber > 1 ? ` (lần ${item.versionNumber})` : ''}
              </td>
              <td className={stacked.cell}>
                <ColumnName>Trạng thái</ColumnName>
                <StateBadge state={item.state} />
              </td>
              <td className={stacked.cell}>
                <ColumnName>Kết thúc lấy ý kiến</ColumnName>
                {formatVnDateTime(item.closesAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
