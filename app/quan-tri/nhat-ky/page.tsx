import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { AuditFilters } from '@/components/staff/audit/audit-filters';
import { AuditTable } from '@/components/staff/audit/audit-table';
import { buttonClass } from '@/components/ui/form/button-class';
import { Pagination } from '@/components/ui/pagination';
import { listAudit, listAuditActors } from '@/lib/audit/queries';
import { auditQuerySchema, toAuditFilters } from '@/lib/audit/schema';
import { filterSearch } from '@/lib/forms/filter-params';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';

export const metadata: Metadata = { title: 'Nhật ký' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit trail (admins only), filtered by the GET form, newest first, 50 rows a page. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, 'viewAudit')) return <AccessDenied what="nhật ký hệ thống" />;
  const query = auditQuerySchema.parse(await searchParams);
  const { filters, badDates } = toAuditFilters(query);
  const [audit, actors] = await Promise.all([
    listAudit(actor, { page: query.trang, pageSize: 50, filters }),
    listAuditActors(actor),
  ]);
  const href = (page: number) => `/quan-tri/nhat-ky${filterSearch(query, page)}`;
  return (
    <>
      <h1 className="text-2xl font-bold">Nhật ký hệ thống</h1>
      <p className="text-slate-700">Nhật ký chỉ được ghi thêm, không sửa hay xóa được.</p>
      <AuditFilters query={query} actors={actors} badDates={badDates} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">
          {audit.total} sự kiện · trang {audit.page}/{audit.totalPages}
        </h2>
        <a
          href={`/quan-tri/nhat-ky/csv${filterSearch(query, 1)}`}
          className={buttonClass('secondary')}
          download
        >
          Tải CSV (các sự kiện đã lọc)
        </a>
      </div>
      <AuditTable rows={audit.rows} caption={`Nhật ký hệ thống, trang ${audit.page}`} />
      <Pagination page={audit.page} pageCount={audit.totalPages} href={href} />
    </>
  );
}
