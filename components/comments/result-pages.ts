import { escapeHtml as e, htmlPage } from '@/components/feedback/html';
import type { CommentDraft } from '@/lib/comments/schema';
import { COMMENT_LABELS } from './labels';

type Back = { slug: string; title: string | null };

function backLink({ slug, title }: Back): string {
  const label = title ? `Quay lại dự thảo “${e(title)}”` : 'Quay lại dự thảo';
  return `<p><a href="/du-thao/${e(slug)}#gop-y">${label}</a></p>`;
}

function copyBox(draft: CommentDraft): string {
  return `<p><label for="g-copy">Nội dung bạn đã nhập</label>
<textarea id="g-copy" rows="10" readonly>${e(draft.body)}</textarea></p>`;
}

/** After an accepted comment: it awaits moderation, and the text back. */
export function commentAcceptedPage(back: Back, draft: CommentDraft, emailSent: boolean): string {
  const mail = emailSent
    ? `<p>Chúng tôi đã gửi một thư đến <strong>${e(draft.email)}</strong>. Mở đường dẫn trong thư để xác nhận email (góp ý sẽ được ghi “đã xác thực email”) hoặc để rút lại góp ý.</p>`
    : '<p>Góp ý được ghi là chưa xác thực email. Muốn rút lại góp ý hay xoá dữ liệu, hãy liên hệ Cổng qua trang <a href="/lien-he">Liên hệ</a>.</p>';
  return htmlPage(
    'Đã nhận góp ý',
    `<h1>Cảm ơn bạn, Cổng đã nhận góp ý</h1>
<p class="notice">Góp ý đang chờ kiểm duyệt: chỉ được công bố trên trang dự thảo sau khi người kiểm duyệt đồng ý.</p>
${mail}
<h2>Nội dung bạn đã gửi</h2>
<p class="sent-by">${e(draft.name)}</p>
<blockquote class="sent">${e(draft.body)}</blockquote>
${backLink(back)}`,
  );
}

/** A field missing or wrong: which, and the text to copy; the form is on the page it came from. */
export function commentInvalidPage(back: Back, draft: CommentDraft, errors: string[]): string {
  return htmlPage(
    'Góp ý chưa gửi được',
    `<h1>Góp ý chưa được gửi</h1>
<div class="alert" role="alert"><p>Vui lòng sửa các mục sau rồi gửi lại:</p>
<ul class="error">${errors.map((m) => `<li>${e(m)}</li>`).join('')}</ul></div>
<p>Góp ý của bạn <strong>chưa được lưu</strong>. Hãy sao chép nội dung dưới đây, quay lại dự thảo và gửi lại:</p>
${copyBox(draft)}
${backLink(back)}`,
  );
}

/** Not stored: a clear reason, and the text in a box to copy from. */
export function commentNotStoredPage(back: Back, draft: CommentDraft, title: string, why: string) {
  return htmlPage(
    title,
    `<h1>${e(title)}</h1>
<p class="alert" role="alert">${e(why)}</p>
<p>Góp ý của bạn <strong>chưa được lưu</strong>. Hãy sao chép nội dung dưới đây nếu cần:</p>
${copyBox(draft)}
${backLink(back)}`,
  );
}

/** Why a comment was not stored, as the page says it, with its HTTP status. */
export const COMMENT_REFUSALS = {
  late: {
    status: 403,
    title: COMMENT_LABELS.late,
    why: 'Thời gian lấy ý kiến về dự thảo này đã kết thúc nên Cổng không nhận thêm góp ý.',
  },
  upcoming: {
    status: 403,
    title: COMMENT_LABELS.upcoming,
    why: 'Dự thảo này chưa mở lấy ý kiến. Vui lòng quay lại khi thời gian góp ý bắt đầu.',
  },
  missing: {
    status: 404,
    title: 'Không tìm thấy dự thảo',
    why: 'Dự thảo này không có hoặc không còn được công bố.',
  },
  stale: {
    status: 409,
    title: 'Dự thảo vừa được cập nhật',
    why: 'Dự thảo đã có phiên bản mới sau khi bạn mở trang. Hãy đọc lại phần bạn muốn góp ý rồi gửi lại.',
  },
} as const;
