import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { HeadingRow } from '@/components/ui/heading-row';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { listPagesForStaff, type StaffPageItem } from '@/lib/pages/staff-queries';
import { ColumnName, stacked } from '@/components/ui/stacked-table';

export const metadata: Metadata = { title: 'Trang thông tin' };

const link = 'text-blue-800 underline underline-offset-2';
const HEADINGS = ['Trang', 'Địa chỉ trên cổng', 'Phiên bản mới nhất', 'Cập nhật'];

/**
 * The portal's own pages (about, contacts, English, footer notice). Each is
 * edited on the article screen: a new revision, then approval by someone else.
 */
export default async function StaffPagesPage() {
  const actor = await requireActor();
  const pages = await listPagesForStaff(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Trang thông tin</h1>
      <p className="max-w-3xl">
        Nội dung các trang Giới thiệu, Liên hệ, English và thông tin chân trang (cơ quan chủ quản,
        địa chỉ, điện thoại, email, người chịu trách nhiệm, giấy phép) được sửa và phê duyệt như một
        bài viết: tạo phiên bản mới, gửi duyệt, một người khác phê duyệt.
      </p>
      <PagesTable pages={pages} />
    </>
  );
}

/** A table; on a phone each row stacks into a card, each value after its column's name. */
function PagesTable({ pages }: { pages: StaffPageItem[] }) {
  const cell = stacked.cell;
  const tag = (i: number) => <ColumnName>{HEADINGS[i]}</ColumnName>;
  return (
    <table className={`${stacked.table} mt-4 rounded border border-slate-300 bg-white`}>
      <caption className="sr-only">Các trang thông tin của Cổng</caption>
      <thead className={stacked.head}>
        <HeadingRow headings={HEADINGS} />
      </thead>
      <tbody className={stacked.body}>
        {pages.map((p) => (
          <tr key={p.articleId} className={stacked.row}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link href={`/quan-tri/bai-viet/${p.articleId}`} lang={p.locale} className={link}>
                {p.title}
              </Link>
            </th>
            <td className={cell}>
              {tag(1)}
              {p.live ? (
                <Link href={p.path} className={link}>
                  {p.path === '/' ? 'Chân mọi trang' : p.path}
                </Link>
              ) : (
                'Chưa xuất bản'
              )}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              <StateBadge state={p.latestState} />
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {tag(3)}
              <StaffTime value={p.updatedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
