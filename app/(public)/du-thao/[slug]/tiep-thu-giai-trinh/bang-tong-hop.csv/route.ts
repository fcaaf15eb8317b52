import { getPublicRegister } from '@/lib/dispositions/public';
import { registerCsv } from '@/lib/dispositions/csv';

/**
 * The published register as CSV. Nothing before publication: a 404, the
 * same as for a slug that does not exist. Read from the tagged cache, so
 * the register's publication shows here as on its page.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const register = await getPublicRegister(slug);
  if (!register) {
    return new Response('Không tìm thấy bảng tiếp thu, giải trình.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(registerCsv(register.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tiep-thu-giai-trinh-${slug}.csv"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
