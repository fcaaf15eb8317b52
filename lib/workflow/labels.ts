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

/** Vietnamese names of the workflow's audit actions (history tab, audit page). */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Tạo bài viết',
  amend: 'Tạo bản sửa',
  edit: 'Lưu nháp',
  submit: 'Gửi duyệt',
  approve: 'Phê duyệt và xuất bản',
  schedule: 'Phê duyệt, hẹn giờ xuất bản',
  unschedule: 'Hủy hẹn giờ',
  publishDue: 'Xuất bản theo lịch',
  reject: 'Từ chối',
  unpublish: 'Gỡ bài',
  supersede: 'Thay bằng phiên bản mới',
};

/** The label of an audit action; unknown actions (e.g. from auth) show as recorded. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
