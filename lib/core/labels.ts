import type { RevisionState } from './states';

/** Vietnamese names of the revision states, for staff screens. */
export const STATE_LABELS: Readonly<Record<RevisionState, string>> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ duyệt',
  REJECTED: 'Bị từ chối',
  SCHEDULED: 'Đã hẹn giờ xuất bản',
  PUBLISHED: 'Đang xuất bản',
  UNPUBLISHED: 'Đã gỡ',
  SUPERSEDED: 'Phiên bản cũ',
};

/** The label of a recorded state; an unknown value shows as recorded. */
export function stateLabel(state: string | null): string {
  if (!state) return '—';
  return STATE_LABELS[state as RevisionState] ?? state;
}

/**
 * "Bản nháp → Chờ duyệt" for a step that changed the state, or "" for one
 * that did not (a comment, a login), so no row shows an empty "— → —".
 */
export function stateChangeLabel(from: string | null, to: string | null): string {
  return from || to ? `${stateLabel(from)} → ${stateLabel(to)}` : '';
}

/**
 * Every audited action, keyed "entityType.action" (the same verb means
 * different things on different objects: creating an article or an
 * account). The one table behind the article history and the audit log.
 */
export const AUDIT_ACTION_LABELS = {
  'revision.create': 'Tạo bài viết',
  'revision.amend': 'Tạo bản sửa',
  'revision.edit': 'Lưu nháp',
  'revision.submit': 'Gửi duyệt',
  'revision.approve': 'Phê duyệt và xuất bản',
  'revision.schedule': 'Phê duyệt, hẹn giờ xuất bản',
  'revision.unschedule': 'Hủy hẹn giờ',
  'revision.publishDue': 'Xuất bản theo lịch',
  'revision.reject': 'Từ chối',
  'revision.unpublish': 'Gỡ bài',
  'revision.supersede': 'Thay bằng phiên bản mới',
  'revision.comment': 'Góp ý',
  'session.login': 'Đăng nhập',
  'session.login_failed': 'Đăng nhập không thành công',
  'session.logout': 'Đăng xuất',
  'session.logout_everywhere': 'Đăng xuất khỏi mọi thiết bị',
  'user.end_sessions': 'Kết thúc mọi phiên đăng nhập của tài khoản',
  'user.create': 'Tạo tài khoản',
  'user.deactivate': 'Khóa tài khoản',
  'user.reactivate': 'Mở lại tài khoản',
  'user.change_role': 'Đổi vai trò',
  'user.reset_password': 'Đặt lại mật khẩu',
  'category.create': 'Tạo chuyên mục',
  'category.rename': 'Sửa chuyên mục',
  'category.reorder': 'Sắp xếp lại chuyên mục',
  'category.deactivate': 'Ẩn chuyên mục',
  'category.reactivate': 'Hiện lại chuyên mục',
  'media.upload': 'Tải ảnh lên',
  'personal_data.export': 'Xuất dữ liệu cá nhân của người gửi ý kiến',
  'personal_data.erase': 'Xoá dữ liệu cá nhân của người gửi ý kiến',
  'feedback.publish': 'Đăng ý kiến bạn đọc',
  'feedback.reject': 'Từ chối ý kiến bạn đọc',
  'feedback.hide': 'Ẩn ý kiến bạn đọc',
  'feedback.restore': 'Khôi phục ý kiến bạn đọc',
  'feedback-answer.create': 'Soạn trả lời của Bộ',
  'feedback-answer.edit': 'Lưu nháp trả lời',
  'feedback-answer.submit': 'Gửi duyệt trả lời',
  'feedback-answer.approve': 'Phê duyệt và đăng trả lời',
  'feedback-answer.reject': 'Từ chối trả lời',
  'feedback-answer.unpublish': 'Gỡ trả lời',
  'article.feedback_mode': 'Đổi chế độ ý kiến bạn đọc',
  'plan-revision.create': 'Soạn kế hoạch truyền thông',
  'plan-revision.amend': 'Tạo bản sửa kế hoạch',
  'plan-revision.edit': 'Lưu nháp kế hoạch',
  'plan-revision.submit': 'Gửi duyệt kế hoạch',
  'plan-revision.approve': 'Phê duyệt và công bố kế hoạch',
  'plan-revision.reject': 'Từ chối kế hoạch',
  'plan-revision.supersede': 'Thay bằng phiên bản mới',
} as const satisfies Readonly<Record<string, string>>;

export type AuditActionKey = keyof typeof AUDIT_ACTION_LABELS;

/** Whether a string is one of the labelled "entityType.action" keys. */
export function isAuditActionKey(key: string): key is AuditActionKey {
  return Object.hasOwn(AUDIT_ACTION_LABELS, key);
}

/**
 * The Vietnamese label of an audited action on an object of `entityType`
 * (article revisions unless said otherwise); anything unknown shows as
 * recorded rather than disappearing.
 */
export function auditActionLabel(action: string, entityType = 'revision'): string {
  const key = `${entityType}.${action}`;
  return isAuditActionKey(key) ? AUDIT_ACTION_LABELS[key] : action;
}
