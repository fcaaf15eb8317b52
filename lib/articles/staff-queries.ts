import 'server-only';
import type { Actor } from '../auth/actor';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../workflow/errors';
import { allowedActions, authorize, can, roleAllows } from '../workflow/policy';
import { diffRevisions, type RevisionDiff } from './diff';
import {
  type ArticleHistory,
  type DashboardItem,
  dashboardSelect,
  type StaffRevision,
  staffRevisionInclude,
  toDashboardItem,
  toHistory,
  toStaffRevision,
} from './staff-dto';

export type { ArticleHistory, DashboardItem, HistoryEntry, StaffRevision } from './staff-dto';

/**
 * One revision for the editor, the approval screen and the staff preview,
 * with `allowed` telling which actions the actor may take on it.
 * NotFoundError for an unknown (or forged) id; ForbiddenError for a role
 * that may not read articles.
 */
export async function getRevisionForStaff(
  actor: Actor,
  revisionId: string,
): Promise<StaffRevision> {
  const r = await db().articleRevision.findUnique({
    where: { id: revisionId },
    include: staffRevisionInclude,
  });
  if (!r) throw new NotFoundError();
  authorize(actor, 'view', r);
  return toStaffRevision(r, allowedActions(actor, r));
}

/**
 * Word-level diff of a revision against the article's live revision (for
 * the approval screen). Everything is "added" when nothing is live.
 */
export async function getRevisionDiff(actor: Actor, revisionId: string): Promise<RevisionDiff> {
  const withCategory = { include: { category: { select: { name: true } } } } as const;
  const r = await db().articleRevision.findUnique({ where: { id: revisionId }, ...withCategory });
  if (!r) throw new NotFoundError();
  authorize(actor, 'view', r);
  const article = await db().article.findUniqueOrThrow({ where: { id: r.articleId } });
  const live = article.liveRevisionId
    ? await db().articleRevision.findUnique({
        where: { id: article.liveRevisionId },
        ...withCategory,
      })
    : null;
  const text = (x: NonNullable<typeof live>) => ({ ...x, categoryName: x.category.name });
  return diffRevisions(live ? text(live) : null, text(r));
}

const LIST_SIZE = 50;

/**
 * The staff dashboard: my drafts; waiting for my approval (approvers only:
 * submitted revisions I did not write, edit or submit); my rejected
 * revisions with the reason; everything scheduled; recently published.
 */
export async function listDashboard(actor: Actor): Promise<Record<DashboardKey, DashboardItem[]>> {
  authorize(actor, 'viewDashboard');
  const me = actor.id;
  const mine = [{ authorId: me }, { contributorIds: { has: me } }];
  const involved = [...mine, { submitterId: me }];
  const find = (where: Prisma.ArticleRevisionWhereInput, orderBy: object, take = LIST_SIZE) =>
    db().articleRevision.findMany({ where, orderBy, take, select: dashboardSelect });
  const writes = roleAllows(actor.role, 'edit');
  const approves = roleAllows(actor.role, 'approve');
  const [myDrafts, waiting, rejected, scheduled, recentlyPublished] = await Promise.all([
    writes ? find({ state: 'DRAFT', OR: mine }, { updatedAt: 'desc' }) : [],
    approves ? find({ state: 'SUBMITTED', NOT: { OR: involved } }, { submittedAt: 'asc' }) : [],
    writes ? find({ state: 'REJECTED', OR: involved }, { updatedAt: 'desc' }) : [],
    find({ state: 'SCHEDULED' }, { publishAt: 'asc' }),
    find({ state: 'PUBLISHED' }, { publishedAt: 'desc' }, 10),
  ]);
  return {
    myDrafts: myDrafts.map(toDashboardItem),
    // The policy has the last word on who may approve what.
    awaitingMyApproval: waiting.filter((r) => can(actor, 'approve', r)).map(toDashboardItem),
    rejected: rejected.map(toDashboardItem),
    scheduled: scheduled.map(toDashboardItem),
    recentlyPublished: recentlyPublished.map(toDashboardItem),
  };
}

export type DashboardKey =
  | 'myDrafts'
  | 'awaitingMyApproval'
  | 'rejected'
  | 'scheduled'
  | 'recentlyPublished';

/**
 * An article's history tab: its revisions and every audited step on them,
 * newest first, with who, when, from which state to which, and the note
 * (e.g. the reason for a rejection). IP addresses only for admins.
 */
export async function getHistory(actor: Actor, articleId: string): Promise<ArticleHistory> {
  const article = await db().article.findUnique({
    where: { id: articleId },
    include: {
      revisions: { orderBy: { number: 'desc' }, include: { author: { select: { name: true } } } },
    },
  });
  const latest = article?.revisions[0];
  if (!article || !latest) throw new NotFoundError();
  authorize(actor, 'view', latest);
  const rows = await db().auditEvent.findMany({
    where: { entityType: 'revision', entityId: { in: article.revisions.map((r) => r.id) } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    include: { actor: { select: { name: true } } },
  });
  return toHistory(article, rows, can(actor, 'viewAudit'));
}
