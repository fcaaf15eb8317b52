import { exportAuditCsv } from '@/lib/audit/export';
import { auditQuerySchema, toAuditFilters } from '@/lib/audit/schema';
import { getActor } from '@/lib/auth/session';
import { formatVnDateTime } from '@/lib/text/vn-time';
import { can } from '@/lib/core/policy';

export const dynamic = 'force-dynamic';

/** The audit log, filtered as on the page, as a CSV download. Admins only. */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response('Cần đăng nhập.', { status: 401 });
  if (!can(actor, 'viewAudit')) return new Response('Không có quyền.', { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = toAuditFilters(auditQuerySchema.parse(params));
  const stamp = formatVnDateTime(new Date()).replace(/\D/g, '');
  return new Response(await exportAuditCsv(actor, filters), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-${stamp}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
