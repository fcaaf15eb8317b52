/**
 * The words of the consultation comment screens, shared by the page (React)
 * and the pages the form's route answers with (plain HTML).
 */
export const COMMENT_LABELS = {
  section: 'Góp ý dự thảo',
  form: 'Gửi góp ý',
  stance: 'Quan điểm của bạn',
  commenterType: 'Bạn góp ý với tư cách',
  unit: 'Góp ý cho',
  wholeDraft: 'Toàn bộ dự thảo',
  name: 'Họ và tên',
  nameHint: 'Được công bố cùng góp ý. Tổ chức, doanh nghiệp ghi tên đơn vị.',
  email: 'Email',
  emailHint: 'Không bao giờ được công bố. Cổng gửi vào đây đường dẫn xác nhận và rút lại góp ý.',
  body: 'Ý kiến',
  consent: 'Đồng ý xử lý dữ liệu cá nhân',
  submit: 'Gửi góp ý',
  verified: 'đã xác thực email',
  late: 'Đã hết thời hạn góp ý',
  upcoming: 'Chưa đến thời gian góp ý',
  honeypot: 'Để trống ô này',
} as const;

/** The form's route for a consultation. */
export function commentAction(slug: string): string {
  return `/du-thao/${slug}/gop-y`;
}

/** "góp ý trên dự thảo lần 2". */
export function madeOnText(versionNumber: number): string {
  return `góp ý trên dự thảo lần ${versionNumber}`;
}
