import type { EventKind } from '../generated/prisma/enums';

export type { EventKind };

/** The kinds of event the ministry holds, in the order the form offers them. */
export const EVENT_KINDS = [
  'PRESS_CONFERENCE',
  'POLICY_SEMINAR',
  'MEDIA_CONNECTION',
  'POLICY_DIALOGUE',
  'OTHER',
] as const satisfies readonly EventKind[];

/** What readers and staff read for each kind. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  PRESS_CONFERENCE: 'Họp báo',
  POLICY_SEMINAR: 'Tọa đàm',
  MEDIA_CONNECTION: 'Chương trình kết nối truyền thông',
  POLICY_DIALOGUE: 'Đối thoại chính sách',
  OTHER: 'Sự kiện khác',
};
