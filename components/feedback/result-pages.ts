import { EMAIL_BURST, EMAIL_DAY } from '@/lib/feedback/limits';
import type { FeedbackDraft } from '@/lib/feedback/schema';
import { type FieldErrors, feedbackFormHtml } from './form-html';
import { escapeHtml as e, htmlPage } from './html';

type Back = { slug: string; title: string | null };

function backLink({ slug, title }: Back): string {
  const label = title ? `Quay lại bài “${e(title)}”` : 'Quay lại bài viết';
  return `<p><a href="/tin-tuc/${e(slug)}#y-kien">${label}</a></p>`;
}

/** The text as sent, shown back read-only and selectable for copying. */
function textBack(draft: FeedbackDraft, label: string): string {
  return `<h2>${label}</h2>
<p class="sent-by">${e(draft.name)}</p>
<blockquote class="sent">${e(draft.body)}</blockquote>`;
}

/** After an accepted submission: it awaits moderation, and the text back. */
export function acceptedPage(back: Back, draft: FeedbackDraft, emailSent: boolean): string {
  const mail = emailSent
    ? `<p>Chúng tôi đã gửi một thư đến <strong>${e(draft.email)}</strong>. Mở đường dẫn trong thư để xác nhận email (ý kiến sẽ được ghi “đã xác thực email”) hoặc để rút lại ý kiến.</p>`
    : '<p>Ý kiến được ghi là chưa xác thực email. Muốn rút lại ý kiến hay xoá dữ liệu, hãy liên hệ Cổng qua trang <a href="/lien-he">Liên hệ</a>.</p>';
  return htmlPage(
    'Đã nhận ý kiến',
    `<h1>Cảm ơn bạn, Cổng đã nhận ý kiến</h1>
<p class="notice">Ý kiến đang chờ kiểm duyệt: chỉ được công bố trên trang bài viết sau khi người kiểm duyệt đồng ý.</p>
${mail}
${textBack(draft, 'Nội dung bạn đã gửi')}
${backLink(back)}`,
  );
}

/** A field is missing or wrong: the form again, filled, each error beside its field. */
export function invalidPage(
  back: Back,
  draft: FeedbackDraft,
  errors: FieldErrors,
  retentionDays: number,
): string {
  return htmlPage(
    'Ý kiến chưa gửi được',
    `<h1>Ý kiến chưa được gửi</h1>
<p class="alert" role="alert">Vui lòng sửa các mục được đánh dấu bên dưới rồi bấm “Gửi ý kiến” lại. Nội dung bạn đã nhập vẫn được giữ nguyên.</p>
${feedbackFormHtml(back.slug, draft, errors, retentionDays)}
${backLink(back)}`,
  );
}

/**
 * Not stored (database down, a limit reached, feedback closed, or a request
 * from another site): a clear reason, and the text in a box to copy from,
 * since nothing of it was kept.
 */
export function notStoredPage(
  back: Back,
  draft: FeedbackDraft,
  title: string,
  why: string,
): string {
  return htmlPage(
    title,
    `<h1>${e(title)}</h1>
<p class="alert" role="alert">${e(why)}</p>
<p>Ý kiến của bạn <strong>chưa được lưu</strong>. Hãy sao chép nội dung dưới đây để gửi lại sau:</p>
<p><label for="f-copy">Nội dung bạn đã nhập</label>
<textarea id="f-copy" rows="10" readonly>${e(draft.body)}</textarea></p>
${backLink(back)}`,
  );
}

/** Why a submission was not stored, as the page says it, with its HTTP status. */
export const REFUSALS = {
  crossSite: {
    status: 403,
    title: 'Không nhận ý kiến từ trang khác',
    why: 'Biểu mẫu này chỉ nhận ý kiến gửi từ chính trang bài viết trên Cổng. Hãy mở bài viết và gửi lại.',
  },
  outage: {
    status: 503,
    title: 'Hệ thống tạm thời gián đoạn',
    why: 'Cổng đang không lưu được ý kiến do sự cố kỹ thuật. Vui lòng thử lại sau ít phút.',
  },
  closed: {
    status: 404,
    title: 'Bài viết không nhận ý kiến',
    why: 'Bài viết này không còn được công bố hoặc đã ngừng nhận ý kiến.',
  },
  limitedEmail: {
    status: 429,
    title: 'Bạn gửi quá nhiều ý kiến',
    why: `Mỗi người gửi được tối đa ${EMAIL_BURST.max} ý kiến trong 10 phút và ${EMAIL_DAY.max} ý kiến mỗi ngày. Vui lòng thử lại sau.`,
  },
  limitedAddress: {
    status: 429,
    title: 'Bạn gửi quá nhiều ý kiến',
    why: 'Mạng của bạn vừa gửi rất nhiều ý kiến. Vui lòng thử lại sau 10 phút.',
  },
} as const;
