import type { LinkedFeedback } from '@/lib/feedback/links';
import { LINK_PATH } from '@/lib/feedback/mail';
import { escapeHtml as e, htmlPage } from './html';

const STATE_TEXT: Record<LinkedFeedback['state'], string> = {
  PENDING: 'đang chờ kiểm duyệt',
  PUBLISHED: 'đã được đăng trên trang bài viết',
  REJECTED: 'không được đăng',
  HIDDEN: 'đã được ẩn khỏi trang bài viết',
  WITHDRAWN: 'đã được rút lại',
};

function actionForm(token: string, action: 'confirm' | 'withdraw', label: string): string {
  return `<form method="post" action="${LINK_PATH}">
<input type="hidden" name="t" value="${e(token)}"><input type="hidden" name="action" value="${action}">
<button type="submit">${label}</button></form>`;
}

/**
 * The emailed link's page: the item's text and state, and two buttons. The
 * link itself changes nothing (mail scanners open links); the buttons post.
 */
export function linkPage(item: LinkedFeedback, token: string): string {
  const verified = item.verified
    ? '<p class="notice">Email của bạn đã được xác nhận.</p>'
    : actionForm(token, 'confirm', 'Xác nhận email');
  return htmlPage(
    'Ý kiến của bạn',
    `<h1>Ý kiến của bạn</h1>
<p>Ý kiến này ${STATE_TEXT[item.state]}.</p>
<blockquote class="sent">${e(item.body)}</blockquote>
${verified}
<h2>Rút lại ý kiến</h2>
<p>Rút lại sẽ gỡ ý kiến khỏi Cổng (nếu đã đăng) và xoá nội dung, họ tên và email của bạn. Không thể hoàn tác.</p>
${actionForm(token, 'withdraw', 'Rút lại ý kiến và xoá dữ liệu')}
<p><a href="${e(item.page.path)}#${item.page.anchor}">${item.page.anchor === 'gop-y' ? 'Xem dự thảo' : 'Xem bài viết'}</a></p>`,
  );
}

/** After a button, or for a link that no longer leads anywhere. */
export function linkDonePage(title: string, message: string): string {
  return htmlPage(
    title,
    `<h1>${e(title)}</h1>\n<p class="notice">${e(message)}</p>\n<p><a href="/">Về trang chủ</a></p>`,
  );
}
