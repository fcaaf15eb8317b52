import { getActor } from '@/lib/auth/session';
import { exportPersonalData } from '@/lib/feedback/personal-data';
import { personalDataSchema } from '@/lib/feedback/schema';
import { isSameOriginPost } from '@/lib/site/same-origin';
import { can } from '@/lib/core/policy';

export const dynamic = 'force-dynamic';

/**
 * "Xuất dữ liệu": everything stored about one person's feedback, as a JSON
 * download (admins only; audited by exportPersonalData). A POST, so the
 * email never sits in an address, a log line or the browser's history.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response('Cần đăng nhập.', { status: 401 });
  if (!can(actor, 'managePersonalData') || !isSameOriginPost(request.headers)) {
    return new Response('Không có quyền.', { status: 403 });
  }
  const form = await request.formData().catch(() => new FormData());
  const parsed = personalDataSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return new Response('Email chưa đúng dạng.', { status: 400 });
  const records = await exportPersonalData(actor, parsed.data.email);
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), feedback: records }, null, 2);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="du-lieu-ca-nhan-y-kien.json"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
