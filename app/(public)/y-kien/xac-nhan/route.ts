import { htmlResponse } from '@/components/feedback/html';
import { linkDonePage, linkPage } from '@/components/feedback/link-pages';
import { expireTags } from '@/lib/cache/expire';
import { confirmFeedback, findByLinkToken, withdrawFeedback } from '@/lib/feedback/links';
import { isSameOriginPost } from '@/lib/site/same-origin';

// The token is in the address: never send it on to another site.
const PRIVATE = { 'Referrer-Policy': 'no-referrer' };

const gone = () =>
  htmlResponse(
    linkDonePage(
      'Đường dẫn không còn hiệu lực',
      'Ý kiến đã được rút lại, dữ liệu đã được xoá theo thời hạn lưu trữ, hoặc đường dẫn không đúng.',
    ),
    404,
    PRIVATE,
  );

/** The emailed link: shows the item and its two buttons; changes nothing. */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('t');
  const item = await findByLinkToken(token);
  if (!item || !token || item.state === 'WITHDRAWN') return gone();
  return htmlResponse(linkPage(item, token), 200, PRIVATE);
}

/** "Xác nhận email" or "Rút lại ý kiến" from the link's page. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers)) return new Response('Forbidden', { status: 403 });
  const form = await request.formData().catch(() => new FormData());
  const token = form.get('t');
  const withdraw = form.get('action') === 'withdraw';
  const done = withdraw ? await withdrawFeedback(token) : await confirmFeedback(token);
  if (!done.ok) return gone();
  if (done.expireTags.length > 0) expireTags(done.expireTags);
  const page = withdraw
    ? linkDonePage(
        'Đã rút lại ý kiến',
        'Ý kiến của bạn đã được gỡ khỏi Cổng; nội dung, họ tên và email đã được xoá.',
      )
    : linkDonePage(
        'Đã xác nhận email',
        'Cảm ơn bạn. Ý kiến của bạn được ghi là “đã xác thực email”.',
      );
  return htmlResponse(page, 200, PRIVATE);
}
