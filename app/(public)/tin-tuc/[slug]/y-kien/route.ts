import { after } from 'next/server';
import {
  acceptedPage,
  invalidPage,
  notStoredPage,
  REFUSALS,
} from '@/components/feedback/result-pages';
import { htmlResponse } from '@/components/feedback/html';
import { getPublishedArticle } from '@/lib/articles/queries';
import { clientIpFrom } from '@/lib/auth/ip';
import { env } from '@/lib/env';
import { fieldErrorsOf } from '@/lib/core/parse-input';
import { mailEnabled } from '@/lib/notify/mailer';
import { sendConfirmation } from '@/lib/feedback/mail';
import { draftFrom, feedbackInputSchema } from '@/lib/feedback/schema';
import { submitFeedback } from '@/lib/feedback/submit';
import { isSameOriginPost } from '@/lib/site/same-origin';

type Props = { params: Promise<{ slug: string }> };

/** Clients told when to try again. */
const RETRY: Record<number, Record<string, string>> = {
  503: { 'Retry-After': '30' },
  429: { 'Retry-After': '600' },
};

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

type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS];

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
  const refuse = ({ status, title, why }: Refusal) =>
    htmlResponse(notStoredPage(back, draft, title, why), status, RETRY[status] ?? {});
  if (!isSameOriginPost(request.headers)) return refuse(REFUSALS.crossSite);
  const parsed = feedbackInputSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return htmlResponse(invalidPage(back, draft, errors, env().FEEDBACK_RETENTION_DAYS), 400);
  }
  const result = await submitFeedback(slug, parsed.data, {
    ip: clientIpFrom(request.headers),
  }).catch((error: unknown) => {
    console.error('[feedback] not stored:', error);
    return null;
  });
  if (!result) return refuse(REFUSALS.outage);
  if (result.status === 'closed') return refuse(REFUSALS.closed);
  if (result.status === 'limited') {
    return refuse(result.by === 'email' ? REFUSALS.limitedEmail : REFUSALS.limitedAddress);
  }
  // A filled honeypot gets the same page as a person, so a robot learns nothing.
  const mail = result.status === 'accepted' && mailEnabled();
  if (mail) after(() => sendConfirmation(result.email, result.token, back.title ?? slug));
  return htmlResponse(acceptedPage(back, draft, mail), 200);
}
