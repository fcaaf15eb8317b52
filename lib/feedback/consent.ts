/**
 * What the consent box says (Decree 13/2023 on personal data): what is kept,
 * why, for how long and how to take it back. Its version is stored with each
 * item, so the text a person agreed to can always be shown again; change the
 * version whenever the wording changes.
 */
export const CONSENT_VERSION = '2026-12-v1';

/** The sentence beside the checkbox, with the retention period in days. */
export function consentText(retentionDays: number): string {
  return (
    'Tôi đồng ý để Cổng lưu họ tên, email và nội dung ý kiến này để kiểm duyệt, trả lời và ' +
    `liên hệ lại khi cần. Email không bao giờ được công bố và được xoá sau ${retentionDays} ngày; ` +
    'họ tên (nếu tôi không chọn ẩn) và nội dung được công bố nếu ý kiến được duyệt. ' +
    'Tôi có thể rút lại ý kiến và xoá dữ liệu bất cứ lúc nào qua đường dẫn trong email xác nhận ' +
    'hoặc bằng cách liên hệ Cổng (trang Liên hệ).'
  );
}
