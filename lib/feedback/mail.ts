import { sendMails } from '../notify/mailer';
import { absoluteUrl } from '../site/url';

/** The emailed link's page: confirm the address, or withdraw the feedback. */
export const LINK_PATH = '/y-kien/xac-nhan';

/**
 * Sends the confirmation email after the item is stored (never before: the
 * person's text is safe whatever the mail server does). The link confirms
 * the address ("đã xác thực email") and lets the person withdraw the item.
 * A failure is logged by sendMails; the item stays unverified.
 */
export async function sendConfirmation(
  to: string,
  token: string,
  articleTitle: string,
  what: 'bài' | 'dự thảo' = 'bài',
) {
  const link = absoluteUrl(`${LINK_PATH}?t=${token}`);
  await sendMails([
    {
      to,
      subject: 'Xác nhận ý kiến gửi Cổng Truyền thông Chính sách',
      text: [
        `Cổng Truyền thông Chính sách đã nhận ý kiến của bạn về ${what} "${articleTitle}".`,
        '',
        'Để xác nhận email này là của bạn, hãy mở đường dẫn sau và bấm "Xác nhận email":',
        link,
        '',
        'Cũng tại đường dẫn đó, bạn có thể rút lại ý kiến và xoá dữ liệu cá nhân của mình bất cứ lúc nào.',
        'Ý kiến chỉ được công bố sau khi được kiểm duyệt. Email của bạn không bao giờ được công bố.',
        '',
        'Nếu bạn không gửi ý kiến này, hãy bỏ qua thư.',
      ].join('\n'),
    },
  ]);
}
