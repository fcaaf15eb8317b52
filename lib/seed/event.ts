import { vnDayStart } from '../consultations/comment-window';
import type { PrismaClient } from '../generated/prisma/client';
import { slugify } from '../text/slug';
import type { SeedActors } from './accounts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SEED_NOTE = 'Dữ liệu mẫu để trình diễn (sự kiện mẫu)';

/** Sample text, marked [Mẫu]: the source names no event, so this is not the ministry's. */
const SAMPLE = {
  kind: 'PRESS_CONFERENCE',
  title: '[Mẫu] Họp báo giới thiệu Cổng Truyền thông Chính sách',
  place: 'Hội trường tầng 1 (địa điểm mẫu)',
  hostUnit: 'Văn phòng Bộ (đơn vị mẫu)',
  summary:
    'Sự kiện mẫu để trình diễn cổng thông tin: thông tin về cách bạn đọc theo dõi tin bài, góp ý dự thảo và đăng ký lịch sự kiện. Biên tập viên thay bằng sự kiện thật.',
} as const;

/**
 * The embedded demo's one sample event, published: a press conference a week
 * after the seeding day, 09:00–11:00 Vietnam time, written by the editor and
 * approved by the approver, with its audit rows. Left alone when its slug
 * exists. Returns its slug when created, else null.
 */
export async function seedSampleEvent(db: PrismaClient, actors: SeedActors, now: Date): Promise<string | null> {
  const slug = slugify(SAMPLE.title);
  if (await db.event.findUnique({ where: { slug }, select: { id: true } })) return null;
  const startsAt = new Date(vnDayStart(now.getTime()) + 7 * DAY_MS + 9 * HOUR_MS);
  const endsAt = new Date(startsAt.getTime() + 2 * HOUR_MS);
  const { kind, title, place, hostUnit, summary } = SAMPLE;
  await db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { slug, kind, title, startsAt, endsAt, place, description: summary, publishedAt: now },
    });
    const revision = await tx.eventRevision.create({
      data: {
        ...{ eventId: event.id, number: 1, state: 'PUBLISHED', kind, title, startsAt, endsAt },
        ...{ place, hostUnit, summary },
        authorId: actors.editorId,
        contributorIds: [actors.editorId],
        submitterId: actors.editorId,
        approverId: actors.approverId,
        submittedAt: now,
        approvedAt: now,
        publishedAt: now,
      },
    });
    await tx.event.update({ where: { id: event.id }, data: { liveRevisionId: revision.id } });
    const base = { entityType: 'event-revision', entityId: revision.id, note: SEED_NOTE };
    await tx.auditEvent.createMany({
      data: [
        { ...base, actorId: actors.editorId, action: 'submit', fromState: 'DRAFT', toState: 'SUBMITTED' },
        { ...base, actorId: actors.approverId, action: 'approve', fromState: 'SUBMITTED', toState: 'PUBLISHED' },
      ],
    });
  });
  return slug;
}
