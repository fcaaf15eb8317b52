import type { Actor } from '../../lib/core/actor';
import { approveEventRevision, createEvent, submitEventRevision } from '../../lib/events/mutations';
import type { EventInput } from '../../lib/events/schema';

/** An event form filled in: a press conference next week, 08:30–11:00 Vietnam time. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    kind: 'PRESS_CONFERENCE',
    title: 'Họp báo thường kỳ quý II',
    startsAt: '15/06/2099 08:30',
    endsAt: '15/06/2099 11:00',
    place: 'Hội trường Bộ, 6B Hoàng Diệu, Hà Nội',
    onlineUrl: '',
    hostUnit: 'Văn phòng Bộ',
    summary: 'Thông tin về kết quả thực hiện nhiệm vụ quý II.',
    videoUrl: '',
    reportSlugs: '',
    ...overrides,
  };
}

/** Created and submitted by `editor`: ready for an approver. */
export async function submittedEvent(editor: Actor, overrides: Partial<EventInput> = {}) {
  const created = await createEvent(editor, eventInput(overrides));
  return submitEventRevision(editor, created.revision.id, created.revision.version);
}

/** Created and submitted by `editor`, approved by `approver`. */
export async function publishedEventOf(
  editor: Actor,
  approver: Actor,
  overrides: Partial<EventInput> = {},
) {
  const sent = await submittedEvent(editor, overrides);
  return approveEventRevision(approver, sent.revision.id, sent.revision.version);
}
