import 'server-only';
import type { Actor } from '../core/actor';
import { NotFoundError, ValidationError } from '../core/errors';
import type { RevisionAction, RevisionState } from '../core/states';
import type { EventRevision, Prisma } from '../generated/prisma/client';
import { applyRowStep, auditRow, type RowTable } from '../workflow/row-step';
import type { Tx } from '../workflow/tx';

export const STALE_EVENT =
  'Sự kiện này vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; hãy mở lại trang trong một thẻ mới để xem bản mới nhất rồi thử lại.';
export const NO_SUCH_EVENT = 'Không tìm thấy sự kiện này. Có thể đường dẫn không đúng.';

/** The revision, or NotFoundError (a forged or stale id). */
export async function loadEventRevision(tx: Tx, id: string): Promise<EventRevision> {
  const revision = await tx.eventRevision.findUnique({ where: { id } });
  if (!revision) throw new NotFoundError(NO_SUCH_EVENT);
  return revision;
}

/** Where event revisions live, for the articles' workflow steps (../workflow/row-step.ts). */
const REVISIONS: RowTable<EventRevision, Prisma.EventRevisionUncheckedUpdateManyInput> = {
  entityType: 'event-revision',
  stale: STALE_EVENT,
  update: (tx, where, data) => tx.eventRevision.updateMany({ where, data }),
  load: loadEventRevision,
};

/** Appends the audit row of a revision's step that is not a table transition (create, amend, supersede). */
export function auditEventRevision(
  tx: Tx,
  actor: Actor,
  entry: {
    id: string;
    action: string;
    from: RevisionState | null;
    to: RevisionState;
    note?: string | null;
  },
): Promise<void> {
  return auditRow(tx, actor, 'event-revision', entry);
}

export type EventStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject' | 'unpublish'>;
  data?: Prisma.EventRevisionUncheckedUpdateManyInput;
  note?: string | null;
};

/** Every change of a revision's state: the articles' policy and transition table decide. */
export function applyEventStep(
  tx: Tx,
  actor: Actor,
  revision: EventRevision,
  step: EventStep,
): Promise<EventRevision> {
  return applyRowStep(tx, actor, REVISIONS, revision, step);
}

/** Takes the event's row lock (one open revision at a time, one live revision). */
export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
}

/**
 * The report articles named by slug, in the order given: each must be a news
 * article of this portal (published or not yet: the public only ever sees
 * the published ones). An unknown slug is a field error.
 */
export async function replaceReports(tx: Tx, revisionId: string, slugs: string[]): Promise<void> {
  const unique = [...new Set(slugs)];
  const found = await tx.article.findMany({
    where: { slug: { in: unique }, kind: 'ARTICLE' },
    select: { id: true, slug: true },
  });
  const bySlug = new Map(found.map((a) => [a.slug, a.id]));
  const missing = unique.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) {
    const message = `Không tìm thấy bài viết: ${missing.join(', ')}.`;
    throw new ValidationError({ reportSlugs: [message] }, message);
  }
  await tx.eventReport.deleteMany({ where: { revisionId } });
  await tx.eventReport.createMany({
    data: unique.map((slug, position) => ({
      revisionId,
      articleId: bySlug.get(slug) ?? '',
      position,
    })),
  });
}

/** Keeps the revision's photos but those removed, then appends a new one. */
export async function updatePhotos(
  tx: Tx,
  revisionId: string,
  change: { remove: string[]; add?: string },
): Promise<void> {
  if (change.remove.length > 0) {
    await tx.eventPhoto.deleteMany({ where: { revisionId, mediaId: { in: change.remove } } });
  }
  if (change.add) {
    const last = await tx.eventPhoto.aggregate({ where: { revisionId }, _max: { position: true } });
    await tx.eventPhoto.create({
      data: { revisionId, mediaId: change.add, position: (last._max.position ?? -1) + 1 },
    });
  }
}
