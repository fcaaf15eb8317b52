import type {
  FeedbackKind,
  FeedbackMode,
  FeedbackRejectReason,
  FeedbackState,
} from '../generated/prisma/enums';

/** Vietnamese names of a feedback item's moderation states, for staff screens. */
export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, string>> = {
  PENDING: 'Chờ duyệt',
  PUBLISHED: 'Đã đăng',
  REJECTED: 'Từ chối',
  HIDDEN: 'Đã ẩn',
  WITHDRAWN: 'Người gửi đã rút',
};

/** The four reasons a moderator may give for refusing an item. */
export const REJECT_REASON_LABELS: Readonly<Record<FeedbackRejectReason, string>> = {
  SPAM: 'Spam',
  ABUSIVE: 'Xúc phạm',
  OFF_TOPIC: 'Không liên quan',
  PERSONAL_DATA: 'Lộ thông tin cá nhân',
};

export const FEEDBACK_KIND_LABELS: Readonly<Record<FeedbackKind, string>> = {
  SUGGESTION: 'Góp ý',
  QUESTION: 'Câu hỏi',
};

/** Per article: whether readers' feedback is shown, and whether the form is. */
export const FEEDBACK_MODE_LABELS: Readonly<Record<FeedbackMode, string>> = {
  OPEN: 'Mở: hiện ý kiến và mẫu gửi ý kiến',
  CLOSED: 'Đóng: hiện ý kiến đã đăng, không nhận thêm',
  HIDDEN: 'Ẩn: không hiện ý kiến, không nhận thêm',
};

/** A recorded feedback state (audit rows keep them as text); unknown values as recorded. */
export function feedbackStateLabel(state: string | null): string {
  if (!state) return '—';
  return FEEDBACK_STATE_LABELS[state as FeedbackState] ?? state;
}
