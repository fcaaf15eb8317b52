import { getActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/core/errors';
import { can } from '@/lib/core/policy';
import { chartTables, toCsv } from '@/lib/trends-data/chart-tables';
import { loadTrends } from '@/lib/trends-data/dashboard';
import { rangeQuerySchema, readRange } from '@/lib/trends-data/range';

export const dynamic = 'force-dynamic';

/**
 * One chart's data as CSV (`bieu-do` names it), for the range and article
 * asked; the same scope as the page: an editor gets their own articles only.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response('Cần đăng nhập.', { status: 401 });
  if (!can(actor, 'viewDashboard')) return new Response('Không có quyền.', { status: 403 });
  const params = new URL(request.url).searchParams;
  const query = rangeQuerySchema.safeParse(Object.fromEntries(params));
  if (!query.success) return new Response('Tham số không hợp lệ.', { status: 400 });
  const { range } = readRange(query.data);
  try {
    const trends = await loadTrends(actor, range, query.data.bai || undefined);
    const table = chartTables(trends).find((t) => t.id === params.get('bieu-do'));
    if (!table) return new Response('Không có biểu đồ này.', { status: 404 });
    return new Response(toCsv(table), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="xu-huong-${table.id}-${range.from}-${range.to}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FORBIDDEN') {
      return new Response(error.message, { status: 403 });
    }
    throw error;
  }
}
