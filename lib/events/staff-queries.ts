import 'server-only';
import type { Actor } from '../core/actor';
import { authorize, can } from '../core/policy';
import { db } from '../db/client';
import type { RevisionState } from '../generated/prisma/enums';
import { mediaUrl } from '../articles/dto';
import { listPlanItemChoices, type PlanItemChoices } from '../articles/plan-item-options';
import type { EventKind } from './kinds';

/** Staff reads of events: every state, for every staff role (admins read only). */

export type StaffEventRow = {
  id: string;
  title: string;
  kind: EventKind;
  state: RevisionState;
  number: number;
  startsAt: string;
  published: boolean;
};

/** Every event with its newest revision, the latest changed first. */
export async function listEventsForStaff(actor: Actor): Promise<StaffEventRow[]> {
  authorize(actor, 'viewDashboard');
  const rows = await db().event.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      liveRevisionId: true,
      revisions: { orderBy: { number: 'desc' }, take: 1 },
    },
  });
  return rows.flatMap(({ id, liveRevisionId, revisions: [r] }) =>
    r
      ? [
          {
            id,
            title: r.title,
            kind: r.kind,
            state: r.state,
            number: r.number,
            startsAt: r.startsAt.toISOString(),
            published: liveRevisionId !== null,
          },
        ]
      : [],
  );
}

/** What the actor may do with the revision on screen: the buttons shown. */
export type EventRights = {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  reject: boolean;
  amend: boolean;
  takeDown: boolean;
};

/** One event for its staff screen: the newest revision in full, every revision's state, rights. */
export async function getEventForStaff(actor: Actor, id: string) {
  authorize(actor, 'viewDashboard');
  const row = await db().event.findUnique({
    where: { id },
    include: {
      revisions: {
        orderBy: { number: 'desc' },
        include: {
          reports: {
            orderBy: { position: 'asc' },
            include: { article: { select: { slug: true } } },
          },
          photos: { orderBy: { position: 'asc' }, include: { media: true } },
        },
      },
    },
  });
  const current = row?.revisions[0];
  if (!row || !current) return null;
  // Titles for the reviewer's preview; an item deleted since is simply not listed.
  const planItems = await db().planItem.findMany({
    where: { id: { in: current.planItemIds } },
    select: { id: true, title: true },
  });
  const planTitles = new Map(planItems.map((i) => [i.id, i.title]));
  const live = row.revisions.find((r) => r.id === row.liveRevisionId) ?? null;
  const base = live ?? row.revisions.find((r) => r.state === 'UNPUBLISHED') ?? null;
  const rights: EventRights = {
    edit: can(actor, 'edit', current),
    submit: can(actor, 'submit', current),
    approve: can(actor, 'approve', current),
    reject: can(actor, 'reject', current),
    amend: base !== null && base.id === current.id && can(actor, 'amend', base),
    takeDown: live !== null && can(actor, 'unpublish', live),
  };
  return {
    id: row.id,
    slug: row.slug,
    published: row.liveRevisionId !== null,
    current: {
      ...current,
      reportSlugs: current.reports.map((r) => r.article.slug),
      planItemTitles: current.planItemIds.flatMap((pid) => planTitles.get(pid) ?? []),
      photos: current.photos.map(({ media }) => ({
        id: media.id,
        src: mediaUrl(media.path),
        alt: media.alt,
      })),
    },
    revisions: row.revisions.map(({ id: rid, number, state, title }) => ({
      id: rid,
      number,
      state,
      title,
    })),
    rights,
  };
}

export type StaffEvent = NonNullable<Awaited<ReturnType<typeof getEventForStaff>>>;

/**
 * The plan items the event form offers (the article form's list), for
 * those who write events. Read uncached, like the article form's choices.
 */
export async function listEventPlanChoices(actor: Actor): Promise<PlanItemChoices> {
  authorize(actor, 'createArticle');
  return listPlanItemChoices();
}
