import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/form/button-class';
import { ColumnName, stacked } from '@/components/ui/stacked-table';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { listPlansForStaff } from '@/lib/plans/staff-queries';

export const metadata: Metadata = { title: 'Kế hoạch truyền thông' };

/** Every plan with its newest revision's state; the reads and checks live in lib/plans. */
export default async function StaffPlansPage() {
  const actor = await requireActor();
  const plans = await listPlansForStaff(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Kế hoạch truyền thông</h1>
        {can(actor, 'createArticle') ? (
          <Link href="/quan-tri/ke-hoach/moi" className={buttonClass('primary')}>
            Soạn kế hoạch mới
          </Link>
        ) : null}
      </div>
      {plans.length === 0 ? <p>Chưa có kế hoạch nào.</p> : null}
      <table className={stacked.table}>
        <caption className="sr-only">Danh sách kế hoạch truyền thông</caption>
        <thead className={stacked.head}>
          <tr>
            <th className="px-3 py-2">Năm</th>
            <th className="px-3 py-2">Tên kế hoạch</th>
            <th className="px-3 py-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {plans.map((p) => (
            <tr key={p.id} className={stacked.row}>
              <td className={stacked.cell}>
                <ColumnName>Năm</ColumnName>
                {p.year}
              </td>
              <td className={stacked.cell}>
                <Link href={`/quan-tri/ke-hoach/${p.id}`} className="text-blue-800 underline">
                  {p.title}
                </Link>
              </td>
              <td className={stacked.cell}>
                <ColumnName>Trạng thái</ColumnName>
                <StateBadge state={p.state} />
                {p.published && p.state !== 'PUBLISHED'
                  ? ' (bản đang công bố vẫn hiện trên cổng)'
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
