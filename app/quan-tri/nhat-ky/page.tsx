import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/staff/access-denied';
import { StaffTime } from '@/components/staff/staff-time';
import { listAudit } from '@/lib/audit/queries';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/workflow/policy';

export const metadata: Metadata = { title: 'Nhật ký' };

const ENTITY_LABELS: Readonly<Record<string, string>> = {
  article: 'Bài viết',
  revision: 'Phiên bản bài',
  user: 'Tài khoản',
  category: 'Chuyên mục',
  session: 'Đăng nhập',
  plan: 'Kế hoạch',
  media: 'Ảnh',
  event: 'Sự kiện',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit trail (admins only), newest first, 50 rows a page (`?trang=2`). */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, 'viewAudit')) return <AccessDenied what="nhật ký hệ thống" />;
  const query = await searchParams;
  const page = Number(typeof query.trang === 'string' ? query.trang : 1);
  const audit = await listAudit(actor, { page, pageSize: 50 });
  return (
    <>
      <h1 className="text-2xl font-bold">Nhật ký hệ thống</h1>
      <p className="text-slate-700">
        {audit.total} sự kiện · trang {audit.page}/{audit.totalPages}. Nhật ký chỉ được ghi thêm,
        không sửa hay xóa được.
      </p>
      <div className="overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Nhật ký hệ thống, trang {audit.page}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {[
                'Thời gian',
                'Người thực hiện',
                'Đối tượng',
                'Thao tác',
                'Trạng thái',
                'Ghi chú',
                'IP',
              ].map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {audit.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <StaffTime value={row.at} />
                </td>
                <td className="px-3 py-2 break-all">
                  {row.actorName ?? row.actorEmail ?? 'Hệ thống'}
                </td>
                <td className="px-3 py-2">{ENTITY_LABELS[row.entityType] ?? row.entityType}</td>
                <td className="px-3 py-2">{row.actionLabel}</td>
                <td className="px-3 py-2">
                  {row.fromState || row.toState
                    ? `${row.fromState ?? '—'} → ${row.toState ?? '—'}`
                    : ''}
                </td>
                <td className="px-3 py-2 whitespace-pre-line">{row.note ?? ''}</td>
                <td className="px-3 py-2">{row.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Phân trang nhật ký" className="flex gap-4">
        {audit.page > 1 ? (
          <Link
            href={`/quan-tri/nhat-ky?trang=${audit.page - 1}`}
            className="text-blue-800 underline"
          >
            Trang trước
          </Link>
        ) : null}
        {audit.page < audit.totalPages ? (
          <Link
            href={`/quan-tri/nhat-ky?trang=${audit.page + 1}`}
            className="text-blue-800 underline"
          >
            Trang sau
          </Link>
        ) : null}
      </nav>
    </>
  );
}
