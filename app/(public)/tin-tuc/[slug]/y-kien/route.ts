import { after } from 'next/server';
import { acceptedPage, invalidPage, notStoredPage } from '@/components/feedback/result-pages';
import { htmlResponse } from '@/components/feedback/html';
import { getPublishedArticle } from '@/lib/articles/queries';
import { clientIpFrom } from '@/lib/auth/ip';
import { env } from '@/lib/env';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { mailEnabled } from '@/lib/notify/mailer';
import { EMAIL_BURST, EMAIL_DAY } from '@/lib/feedback/limits';
import { sendConfirmation } from '@/lib/feedback/mail';
import { draftFrom, feedbackInputSchema } from '@/lib/feedback/schema';
import { submitFeedback } from '@/lib/feedback/submit';
import { isSameOriginPost } from '@/lib/security/origin';

type Props = { params: Promise<{ slug: string }> };

/** A form is a few KB; anything far larger is not one. */
const MAX_BYTES = 64 * 1024;

/** The article's title for the answer page; the page still answers if it cannot be read. */
async function titleOf(slug: string): Promise<string | null> {
  try {
    return (await getPublishedArticle(slug))?.title ?? null;
  } catch {
    return null;
  }
}

/**
 * "Gửi ý kiến": the article's feedback form posts here (no JavaScript, no
 * session). Every answer is a whole Vietnamese page, never cached: accepted
 * (awaiting moderation, the text back), the form again with field errors,
 * or, when nothing was stored, why, with the text to copy.
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const { slug } = await params;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES) {
    return new Response('Payload Too Large', { status: 413 });
  }
  const form = await request.formData().catch(() => new FormData());
  const draft = draftFrom(form);
  const back = { slug, title: await titleOf(slug) };
  const refuse = (status: number, title: string, why: string) =>
    htmlResponse(notStoredPage(back, draft, title, why), status);
  if (!isSameOriginPost(request.headers)) {
    return refuse(
      403,
      'Không nhận ý kiến từ trang khác',
      'Biểu mẫu này chỉ nhận ý kiến gửi từ chính trang bài viết trên Cổng. Hãy mở bài viết và gửi lại.',
    );
  }
  const parsed = feedbackInputSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const page = invalidPage(
      back,
      draft,
      fieldErrorsOf(parsed.error),
      env().FEEDBACK_RETENTION_DAYS,
    );
    return htmlResponse(page, 400);
  }
  let result: Awaited<ReturnType<typeof submitFeedback>>;
  try {
    result = await submitFeedback(slug, parsed.data, { ip: clientIpFrom(request.headers) });
  } catch (error) {
    console.error('[feedback] not stored:', error);
    return htmlResponse(
      notStoredPage(
        back,
        draft,
        'Hệ thống tạm thời gián đoạn',
        'Cổng đang không lưu được ý kiến do sự cố kỹ thuật. Vui lòng thử lại sau ít phút.',
      ),
      503,
      { 'Retry-After': '30' },
    );
  }
  switch (result.status) {
    case 'closed':
      return refuse(
        404,
        'Bài viết không nhận ý kiến',
        'Bài viết này không còn được công bố hoặc đã ngừng nhận ý kiến.',
      );
    case 'limited':
      return refuse(
        429,
        'Bạn gửi quá nhiều ý kiến',
        result.by === 'email'
          ? `Mỗi người gửi được tối đa ${EMAIL_BURST.max} ý kiến trong 10 phút và ${EMAIL_DAY.max} ý kiến mỗi ngày. Vui lòng thử lại sau.`
          : 'Mạng của bạn vừa gửi rất nhiều ý kiến. Vui lòng thử lại sau 10 phút.',
      );
    case 'trap':
      return htmlResponse(acceptedPage(back, draft, false), 200);
    case 'accepted': {
      const mail = mailEnabled();
      if (mail) after(() => sendConfirmation(result.email, result.token, back.title ?? slug));
      return htmlResponse(acceptedPage(back, draft, mail), 200);
    }
  }
}
