/**
 * The words of the feedback screens, shared by the article's section
 * (React) and the pages the form's route answers with (plain HTML), so the
 * two never drift apart.
 */
export const FEEDBACK_LABELS = {
  section: 'Ý kiến bạn đọc',
  form: 'Gửi ý kiến',
  name: 'Họ và tên',
  anonymous: 'Không hiện tên tôi (hiện là “Bạn đọc”)',
  email: 'Email',
  emailHint: 'Không bao giờ được công bố. Cổng gửi vào đây đường dẫn xác nhận và rút lại ý kiến.',
  body: 'Ý kiến',
  kind: 'Loại ý kiến',
  suggestion: 'Góp ý',
  question: 'Câu hỏi',
  consent: 'Đồng ý xử lý dữ liệu cá nhân',
  submit: 'Gửi ý kiến',
  answer: 'Trả lời của Bộ',
  verified: 'đã xác thực email',
  honeypot: 'Để trống ô này',
} as const;

/** "Tối đa 3.000 ký tự" with the count, in Vietnamese digit grouping. */
export function bodyHint(max: number): string {
  return `Tối đa ${max.toLocaleString('vi-VN')} ký tự. Văn bản thuần: đường dẫn được hiển thị nhưng không bấm được.`;
}

/** "12 ý kiến, 8 đã xác thực email". */
export function countLine(total: number, verified: number): string {
  if (total === 0) return 'Chưa có ý kiến nào được đăng.';
  return `${total} ý kiến, ${verified} ${FEEDBACK_LABELS.verified}.`;
}

/** The form's route for an article. */
export function feedbackAction(slug: string): string {
  return `/tin-tuc/${slug}/y-kien`;
}
