import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import type { Actor } from '../core/actor';
import { ConflictError, NotFoundError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { authorize } from '../core/policy';
import { hasOpenRevision, nextState, WORKFLOW } from '../core/states';
import type { EventRevision } from '../generated/prisma/client';
import { inTransaction, type Tx } from '../workflow/tx';
import { type EventResult, eventResultOf } from './result';
import {
  applyEventStep,
  auditEventRevision,
  loadEventRevision,
  lockEvent,
  NO_SUCH_EVENT,
  STALE_EVENT,
} from './tx';

/** The live revision, replaced on the public page by its successor: PUBLISHED -> SUPERSEDED. */
async function supersede(tx: Tx, actor: Actor, liveId: string): Promise<void> {
  const live = await loadEventRevision(tx, liveId);
  const to = nextState(live.state, 'supersede');
  if (!to) throw new ConflictError(STALE_EVENT);
  const { count } = await tx.eventRevision.updateMany({
    where: { id: live.id, state: live.state, version: live.version },
    data: { state: to, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(STALE_EVENT);
  await auditEventRevision(tx, actor, { id: live.id, action: 'supersede', from: live.state, to });
}

/** The event's public copy of its live revision (what plan pages read without a join). */
function publicCopy(r: EventRevision) {
  const { kind, title, startsAt, endsAt, place } = r;
  return { kind, title, startsAt, endsAt, place, description: r.summary };
}

/**
 * The event's plan items become the live revision's list, so the plan page
 * shows what was approved and a draft's links stay off it. Items deleted
 * since the revision was saved are skipped rather than failing the approval.
 */
async function publishPlanItems(tx: Tx, eventId: string, planItemIds: readonly string[]) {
  const existing = await tx.planItem.findMany({
    where: { id: { in: [...planItemIds] } },
    select: { id: true },
  });
  const live = new Set(existing.map((p) => p.id));
  await tx.eventPlanItem.deleteMany({ where: { eventId } });
  await tx.eventPlanItem.createMany({
    data: planItemIds.filter((id) => live.has(id)).map((planItemId) => ({ eventId, planItemId })),
  });
}

/**
 * "Phê duyệt": SUBMITTED -> PUBLISHED at once, by an approver who neither
 * wrote, edited nor submitted it. The revision replaces the live one (which
 * becomes SUPERSEDED) and the event is public from now on.
 */
export async function approveEventRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  now: Date = new Date(),
): Promise<EventResult> {
  return inTransaction(async (tx) => {
    const found = await loadEventRevision(tx, revisionId);
    await lockEvent(tx, found.eventId);
    const revision = await loadEventRevision(tx, revisionId);
    if (revision.version !== expectedVersion) throw new ConflictError(STALE_EVENT);
    authorize(actor, 'approve', revision);
    const event = await tx.event.findUniqueOrThrow({ where: { id: revision.eventId } });
    if (event.liveRevisionId) await supersede(tx, actor, event.liveRevisionId);
    const approved = await applyEventStep(tx, actor, revision, {
      action: 'approve',
      data: { approverId: actor.id, approvedAt: now, publishedAt: now },
    });
    await tx.event.update({
      where: { id: event.id },
      data: {
        ...publicCopy(approved),
        liveRevisionId: approved.id,
        publishedAt: event.publishedAt ?? now,
      },
    });
    await publishPlanItems(tx, event.id, approved.planItemIds);
    return eventResultOf(tx, approved, true);
  });
}

/**
 * "Gỡ sự kiện": the live revision becomes UNPUBLISHED and the event has no
 * live revision nor publication time, so publishedEvent() no longer matches
 * it anywhere. Four eyes as for an article; the reason is required and kept
 * in the audit trail. A new revision (amend) can bring it back at its slug.
 */
export async function takeDownEvent(
  actor: Actor,
  eventId: string,
  input: ReasonInput,
): Promise<EventResult> {
  const { reason } = parseInput(reasonInputSchema, input);
  return inTransaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new NotFoundError(NO_SUCH_EVENT);
    if (!event.liveRevisionId) {
      throw new ConflictError('Sự kiện này hiện không được công bố (có thể vừa có người gỡ).');
    }
    const live = await loadEventRevision(tx, event.liveRevisionId);
    const down = await applyEventStep(tx, actor, live, { action: 'unpublish', note: reason });
    await tx.event.update({
      where: { id: eventId },
      data: { liveRevisionId: null, publishedAt: null },
    });
    return eventResultOf(tx, down, true);
  });
}

/**
 * A new revision (number + 1) copied from the live one, or from the one
 * taken down, as a DRAFT of the actor's: how the report articles, photos and
 * video are added after the event. Refused while another revision is open.
 */
export async function startEventRevision(actor: Actor, eventId: string): Promise<EventResult> {
  return inTransaction(async (tx) => {
    await lockEvent(tx, eventId);
    const revisions = await tx.eventRevision.findMany({
      where: { eventId },
      orderBy: { number: 'desc' },
      include: { reports: true, photos: true },
    });
    const base = revisions.find((r) => r.state === 'PUBLISHED' || r.state === 'UNPUBLISHED');
    if (!base) throw new NotFoundError('Sự kiện này chưa có bản đã công bố.');
    authorize(actor, 'amend', base);
    if (hasOpenRevision(revisions.map((r) => r.state))) {
      throw new ConflictError(
        'Sự kiện này đang có một bản chưa công bố: hãy hoàn tất bản đó trước.',
      );
    }
    const { kind, title, startsAt, endsAt, place, onlineUrl, hostUnit, summary, videoUrl } = base;
    const created = await tx.eventRevision.create({
      data: {
        ...{ kind, title, startsAt, endsAt, place, onlineUrl, hostUnit, summary, videoUrl },
        planItemIds: base.planItemIds,
        eventId,
        number: (revisions[0]?.number ?? 0) + 1,
        state: WORKFLOW.initial,
        authorId: actor.id,
        contributorIds: [actor.id],
        reports: {
          create: base.reports.map(({ articleId, position }) => ({ articleId, position })),
        },
        photos: { create: base.photos.map(({ mediaId, position }) => ({ mediaId, position })) },
      },
    });
    const entry = { id: created.id, action: 'amend', from: null, to: created.state };
    await auditEventRevision(tx, actor, entry);
    return eventResultOf(tx, created, false);
  });
}
