import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/form/button-class';
import { ColumnName, stacked } from '@/components/ui/stacked-table';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { EVENT_KIND_LABELS } from '@/lib/events/kinds';
import { listEventsForStaff } from '@/lib/events/staff-queries';
import { formatVnDateTime } from '@/lib/text/date';

export const metadata: Metadata = { title: 'Sự kiện' };

/** Every event with its newest revision's state; the reads and checks live in lib/events. */
export default async function StaffEventsPage() {
  const actor = await requireActor();
  const items = await listEventsForStaff(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sự kiện</h1>
        {can(actor, 'createArticle') ? (
          <Link href="/quan-tri/su-kien/moi" className={buttonClass('primary')}>
            Tạo sự kiện mới
          </Link>
        ) : null}
      </div>
      {items.length === 0 ? <p>Chưa có sự kiện nào.</p> : null}
      <table className={stacked.table}>
        <caption className="sr-only">Danh sách sự kiện</caption>
        <thead className={stacked.head}>
          <tr>
            <th className="px-3 py-2">Tên sự kiện</th>
            <th className="px-3 py-2">Loại</th>
            <th className="px-3 py-2">Trạng thái</th>
            <th className="px-3 py-2">Bắt đầu</th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {items.map((item) => (
            <tr key={item.id} className={stacked.row}>
              <td className={stacked.cell}>
                <Link href={`/quan-tri/su-kien/${item.id}`} className="text-blue-800 underline">
                  {item.title}
                </Link>
                {item.published ? ' (đang công bố)' : ''}
              </td>
              <td className={stacked.cell}>
                <ColumnName>Loại</ColumnName>
                {EVENT_KIND_LABELS[item.kind]}
              </td>
              <td className={stacked.cell}>
                <ColumnName>Trạng thái</ColumnName>
                <StateBadge state={item.state} />
              </td>
              <td className={stacked.cell}>
                <ColumnName>Bắt đầu</ColumnName>
                {formatVnDateTime(item.startsAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
