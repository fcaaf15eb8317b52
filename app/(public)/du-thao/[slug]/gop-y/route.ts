import { after } from 'next/server';
import {
  COMMENT_REFUSALS,
  commentAcceptedPage,
  commentInvalidPage,
  commentNotStoredPage,
} from '@/components/comments/result-pages';
import { MAX_FORM_BYTES, RETRY } from '@/components/feedback/answer-post';
import { htmlResponse } from '@/components/feedback/html';
import { REFUSALS } from '@/components/feedback/result-pages';
import { clientIpFrom } from '@/lib/auth/ip';
import { commentDraftFrom, commentInputSchema } from '@/lib/comments/schema';
import { submitComment } from '@/lib/comments/submit';
import { getPublishedConsultation } from '@/lib/consultations/queries';
import { sendConfirmation } from '@/lib/feedback/mail';
import { mailEnabled } from '@/lib/notify/mailer';
import { isSameOriginPost } from '@/lib/site/same-origin';

type Props = { params: Promise<{ slug: string }> };

async function titleOf(slug: string): Promise<string | null> {
  try {
    return (await getPublishedConsultation(slug))?.title ?? null;
  } catch {
    return null;
  }
}

type Refusal = { status: number; title: string; why: string };

/**
 * "Gửi góp ý": a consultation's comment form posts here (no JavaScript, no
 * session). Every answer is a whole Vietnamese page, never cached: accepted
 * (awaiting moderation, the text back), the errors with the text to copy,
 * or why nothing was stored (the window over: "Đã hết thời hạn góp ý").
 * The window is checked by submitComment at this request's instant.
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const { slug } = await params;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
    return new Response('Payload Too Large', { status: 413 });
  }
  const form = await request.formData().catch(() => new FormData());
  const draft = commentDraftFrom(form);
  const back = { slug, title: await titleOf(slug) };
  const refuse = ({ status, title, why }: Refusal) =>
    htmlResponse(commentNotStoredPage(back, draft, title, why), status, RETRY[status] ?? {});
  if (!isSameOriginPost(request.headers)) return refuse(REFUSALS.crossSite);
  const parsed = commentInputSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors = [...new Set(parsed.error.issues.map((i) => i.message))];
    return htmlResponse(commentInvalidPage(back, draft, errors), 400);
  }
  const result = await submitComment(slug, parsed.data, {
    ip: clientIpFrom(request.headers),
  }).catch((error: unknown) => {
    console.error('[comments] not stored:', error);
    return null;
  });
  if (!result) return refuse(REFUSALS.outage);
  if (result.status === 'limited') {
    return refuse(result.by === 'email' ? REFUSALS.limitedEmail : REFUSALS.limitedAddress);
  }
  if (result.status !== 'accepted' && result.status !== 'trap') {
    return refuse(COMMENT_REFUSALS[result.status]);
  }
  // A filled honeypot gets the same page as a person, so a robot learns nothing.
  const mail = result.status === 'accepted' && mailEnabled();
  if (mail) {
    after(() => sendConfirmation(result.email, result.token, back.title ?? slug, 'dự thảo'));
  }
  return htmlResponse(commentAcceptedPage(back, draft, mail), 200);
}
