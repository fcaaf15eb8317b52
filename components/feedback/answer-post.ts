import { clientIpFrom } from '@/lib/auth/client-ip';
import { fieldErrorsOf } from '@/lib/core/parse-input';
import { env } from '@/lib/env';
import { sendConfirmation } from '@/lib/feedback/mail';
import { draftFrom, feedbackInputSchema } from '@/lib/feedback/schema';
import { publishedArticleTitle, submitFeedback } from '@/lib/feedback/submit';
import { mailEnabled } from '@/lib/notify/mailer';
import { isSameOriginPost } from '@/lib/site/same-origin';
import { FORM_ANSWER_HEADERS } from './html';
import { acceptedPage, invalidPage, notStoredPage, REFUSALS } from './result-pages';

/** A form is a few KB; anything far larger is not one. */
export const MAX_FORM_BYTES = 64 * 1024;

/** Clients told when to try again, by status. */
export const RETRY: Readonly<Record<number, Record<string, string>>> = {
  503: { 'Retry-After': '30' },
  429: { 'Retry-After': '600' },
};

/** What the form's route answers: a whole page, and work to do once it is sent. */
export type FormAnswer = {
  status: number;
  headers: Record<string, string>;
  html: string;
  /** The confirmation email, sent after the answer (the item is already stored). */
  afterwards?: () => Promise<void>;
};

export type FormPost = {
  /**
   * The request's headers: Origin, Host, Sec-Fetch-Site, and X-Forwarded-For
   * for the per-address limit (only a daily-salted hash of it is kept).
   */
  headers: { get(name: string): string | null };
  /** The posted fields, as a browser sends a form. */
  form: { get(name: string): unknown; entries(): Iterable<[string, unknown]> };
};

/** The title for the answer page; the page still answers if it cannot be read. */
async function titleOf(slug: string): Promise<string | null> {
  return publishedArticleTitle(slug).catch(() => null);
}

const page = (status: number, html: string, extra: Record<string, string> = {}): FormAnswer => ({
  status,
  html,
  headers: { ...FORM_ANSWER_HEADERS, ...extra },
});

/**
 * "Gửi ý kiến" on an article, whatever server receives it (Next's route, or
 * the production server ahead of Next): every answer is a whole Vietnamese
 * page, never cached: accepted (awaiting moderation, the text back), the
 * form again with field errors, or, when nothing was stored, why, with the
 * text to copy. Nothing here depends on a framework's request scope.
 */
export async function answerFeedbackPost(slug: string, post: FormPost): Promise<FormAnswer> {
  const draft = draftFrom(post.form);
  const refuse = async ({ status, title, why }: (typeof REFUSALS)[keyof typeof REFUSALS]) =>
    page(
      status,
      notStoredPage({ slug, title: await titleOf(slug) }, draft, title, why),
      RETRY[status],
    );
  if (!isSameOriginPost(post.headers)) return refuse(REFUSALS.crossSite);
  const parsed = feedbackInputSchema.safeParse(Object.fromEntries(post.form.entries()));
  if (!parsed.success) {
    const back = { slug, title: await titleOf(slug) };
    const errors = fieldErrorsOf(parsed.error);
    return page(400, invalidPage(back, draft, errors, env().FEEDBACK_RETENTION_DAYS));
  }
  const result = await submitFeedback(slug, parsed.data, { ip: clientIpFrom(post.headers) }).catch(
    (error: unknown) => {
      console.error('[feedback] not stored:', error);
      return null;
    },
  );
  if (!result) return refuse(REFUSALS.outage);
  if (result.status === 'closed') return refuse(REFUSALS.closed);
  if (result.status === 'limited') {
    return refuse(result.by === 'email' ? REFUSALS.limitedEmail : REFUSALS.limitedAddress);
  }
  // A filled honeypot gets the same page as a person, so a robot learns nothing.
  if (result.status === 'trap') {
    return page(200, acceptedPage({ slug, title: await titleOf(slug) }, draft, mailEnabled()));
  }
  const mail = mailEnabled();
  const answer = page(200, acceptedPage({ slug, title: result.title }, draft, mail));
  if (mail) answer.afterwards = () => sendConfirmation(result.email, result.token, result.title);
  return answer;
}
