import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import type { Actor } from '../core/actor';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { authorize } from '../core/policy';
import type { EventRevision } from '../generated/prisma/client';
import { db } from '../db/client';
import type { UploadInput } from '../media/upload';
import { allPlanItemsExist } from '../articles/plan-item-options';
import { withCover } from '../workflow/cover';
import { inTransaction, type Tx } from '../workflow/tx';
import { type EventResult, eventResultOf } from './result';
import { type EventData, type EventFields, eventInputSchema } from './schema';
import { freeEventSlug } from './slug';
import {
  applyEventStep,
  auditEventRevision,
  loadEventRevision,
  replaceReports,
  STALE_EVENT,
  updatePhotos,
} from './tx';

export type { EventResult };

/** A photo sent with the form, and the photos ticked for removal. */
export type PhotoChange = { upload?: UploadInput; remove?: string[] };

/** The revision's content columns from the parsed form; plan items only when sent. */
function contentOf(data: EventData) {
  const { kind, title, startsAt, endsAt, place, onlineUrl, hostUnit, summary, videoUrl } = data;
  const { planItemIds } = data;
  return {
    ...{ kind, title, startsAt, endsAt, place, onlineUrl, hostUnit, summary, videoUrl },
    ...(planItemIds !== undefined && { planItemIds }),
  };
}

/** A plan item that does not exist (deleted by a plan revision, or forged) saves nothing. */
async function checkPlanItems(tx: Tx, data: EventData): Promise<void> {
  if (await allPlanItemsExist(tx, data.planItemIds ?? [])) return;
  throw new ValidationError({ planItemIds: ['Có mục kế hoạch không tồn tại.'] });
}

/**
 * A new event with its revision 1 as a DRAFT written by the actor. The slug
 * comes from the title and never changes. Nothing is public before an
 * approver other than the author approves a revision.
 */
export async function createEvent(
  actor: Actor,
  input: EventFields,
  photos: PhotoChange = {},
): Promise<EventResult> {
  authorize(actor, 'createArticle');
  const data = parseInput(eventInputSchema, input);
  const content = contentOf(data);
  const mayAttach = async () => authorize(actor, 'createArticle');
  return withCover(actor, photos.upload, mayAttach, async (tx, mediaId) => {
    await checkPlanItems(tx, data);
    const event = await tx.event.create({
      data: {
        slug: await freeEventSlug(tx, data.title),
        kind: content.kind,
        title: content.title,
        startsAt: content.startsAt,
        endsAt: content.endsAt,
        place: content.place,
        description: content.summary,
      },
    });
    const revision = await tx.eventRevision.create({
      data: {
        ...content,
        eventId: event.id,
        number: 1,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await replaceReports(tx, revision.id, data.reportSlugs);
    await updatePhotos(tx, revision.id, { remove: [], add: mediaId });
    const entry = { id: revision.id, action: 'create', from: null, to: revision.state };
    await auditEventRevision(tx, actor, entry);
    return eventResultOf(tx, revision, false);
  });
}

/** The step that sends a revision for approval; its submitter may not then approve it. */
export function submitStep(actor: Actor) {
  return {
    action: 'submit',
    data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
  } as const;
}

/**
 * "Lưu nháp" (and "Gửi duyệt" with `submit`): saves the form over the
 * revision the editor loaded (`expectedVersion`; anything newer is a
 * ConflictError and nothing is written). Editing joins the actor to the
 * contributors, so they may not approve it. A photo sent with it is stored
 * only if the whole save succeeds.
 */
export async function saveEventRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: EventFields,
  options: { submit?: boolean; photos?: PhotoChange } = {},
): Promise<EventResult> {
  const data = parseInput(eventInputSchema, input);
  const mayAttach = async () => {
    const existing = await loadEventRevision(db(), revisionId);
    if (existing.version !== expectedVersion) throw new ConflictError(STALE_EVENT);
    authorize(actor, 'edit', existing);
  };
  const photos = options.photos ?? {};
  return withCover(actor, photos.upload, mayAttach, async (tx, mediaId) => {
    const existing = await loadEventRevision(tx, revisionId);
    if (existing.version !== expectedVersion) throw new ConflictError(STALE_EVENT);
    await checkPlanItems(tx, data);
    const contributorIds = [...new Set([...existing.contributorIds, actor.id])];
    let revision = await applyEventStep(tx, actor, existing, {
      action: 'edit',
      data: { ...contentOf(data), contributorIds },
    });
    await replaceReports(tx, revision.id, data.reportSlugs);
    await updatePhotos(tx, revision.id, { remove: photos.remove ?? [], add: mediaId });
    if (options.submit) revision = await applyEventStep(tx, actor, revision, submitStep(actor));
    return eventResultOf(tx, revision, false);
  });
}

/** One step on a revision as the actor saw it (id and version), in its own transaction. */
export function stepOn(
  revisionId: string,
  expectedVersion: number,
  run: (
    tx: Tx,
    revision: EventRevision,
  ) => Promise<{ revision: EventRevision; publicChanged: boolean }>,
): Promise<EventResult> {
  return inTransaction(async (tx) => {
    const revision = await loadEventRevision(tx, revisionId);
    if (revision.version !== expectedVersion) throw new ConflictError(STALE_EVENT);
    const done = await run(tx, revision);
    return eventResultOf(tx, done.revision, done.publicChanged);
  });
}

/** DRAFT or REJECTED -> SUBMITTED. */
export function submitEventRevision(actor: Actor, revisionId: string, expectedVersion: number) {
  return stepOn(revisionId, expectedVersion, async (tx, r) => ({
    revision: await applyEventStep(tx, actor, r, submitStep(actor)),
    publicChanged: false,
  }));
}

/** SUBMITTED -> REJECTED with a required reason, shown to whoever wrote it. */
export function rejectEventRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return stepOn(revisionId, expectedVersion, async (tx, r) => ({
    revision: await applyEventStep(tx, actor, r, {
      action: 'reject',
      data: { rejectionNote: reason },
      note: reason,
    }),
    publicChanged: false,
  }));
}

export { approveEventRevision, startEventRevision, takeDownEvent } from './publish';
