import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffTime } from '@/components/staff/staff-time';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { listPagesForStaff } from '@/lib/pages/staff-queries';

export const metadata: Metadata = { title: 'Trang thông tin' };

const link = 'text-blue-800 underline underline-offset-2';

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
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">Các trang thông tin của Cổng</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-4">
              Trang
            </th>
            <th scope="col" className="py-2 pr-4">
              Địa chỉ trên cổng
            </th>
            <th scope="col" className="py-2 pr-4">
              Phiên bản mới nhất
            </th>
            <th scope="col" className="py-2">
              Cập nhật
            </th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.articleId} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <Link href={`/quan-tri/bai-viet/${p.articleId}`} lang={p.locale} className={link}>
                  {p.title}
                </Link>
              </td>
              <td className="py-2 pr-4">
                {p.live ? (
                  <Link href={p.path} className={link}>
                    {p.path === '/' ? 'Chân mọi trang' : p.path}
                  </Link>
                ) : (
                  'Chưa xuất bản'
                )}
              </td>
              <td className="py-2 pr-4">
                <StateBadge state={p.latestState} />
              </td>
              <td className="py-2">
                <StaffTime value={p.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
