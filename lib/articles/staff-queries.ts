import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../core/errors';
import { allowedActions, authorize, can, roleAllows } from '../core/policy';
import { diffRevisions, type Labelled, type RevisionDiff } from './diff';
import { published } from '../core/published';
import { listPlanItemChoices } from './plan-item-options';
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

export type {
  ArticleHistory,
  DashboardItem,
  HistoryEntry,
  StaffCover,
  StaffRevision,
} from './staff-dto';

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
 * the approval screen), with the "Đọc thêm" links and plan items added or
 * removed, by title. Everything is "added" when nothing is live.
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
  const label = await linkLabels([r, ...(live ? [live] : [])]);
  const text = (x: NonNullable<typeof live>) => ({
    ...x,
    categoryName: x.category.name,
    readMore: x.readMoreIds.map((id) => label(id, 'article')),
    planItems: x.planItemIds.map((id) => label(id, 'planItem')),
  });
  return diffRevisions(live ? text(live) : null, text(r));
}

const GONE = '(không còn tồn tại)';

/** Titles for the link ids of these revisions: an article's live title, else its newest. */
async function linkLabels(revisions: { readMoreIds: string[]; planItemIds: string[] }[]) {
  const [articles, items] = await Promise.all([
    db().article.findMany({
      where: { id: { in: revisions.flatMap((r) => r.readMoreIds) } },
      select: {
        id: true,
        liveRevision: { select: { title: true } },
        revisions: { orderBy: { number: 'desc' }, take: 1, select: { title: true } },
      },
    }),
    db().planItem.findMany({
      where: { id: { in: revisions.flatMap((r) => r.planItemIds) } },
      select: { id: true, title: true },
    }),
  ]);
  const titles = {
    article: new Map(
      articles.map((a) => [a.id, a.liveRevision?.title ?? a.revisions[0]?.title ?? GONE]),
    ),
    planItem: new Map(items.map((i) => [i.id, i.title])),
  };
  return (id: string, kind: keyof typeof titles): Labelled => ({
    id,
    label: titles[kind].get(id) ?? GONE,
  });
}

export type EditorOption = { value: string; label: string };

/** The choices of the article form. */
export type EditorOptions = {
  /** Active categories, in their editorial order. */
  categories: EditorOption[];
  /** Published articles an article may point to under "Đọc thêm", newest first. */
  readMore: EditorOption[];
  /** The published plans' key solutions and planned activities, which an article may carry out. */
  planItems: EditorOption[];
  planTitle: string | null;
};

const READ_MORE_LIMIT = 200;

/** The revision being edited, when there is one. */
export type EditorSubject = { articleId: string; readMoreIds: readonly string[] };

/**
 * The choices of the article form, for those who write articles. Read
 * uncached, so a category added or an article published a second ago is
 * offered at once. With `editing`: the article may not point at itself,
 * and links it already has stay on offer even when not in the list (taken
 * down, or older than the newest 200), so a save does not drop them.
 */
export async function listEditorOptions(
  actor: Actor,
  editing?: EditorSubject,
): Promise<EditorOptions> {
  authorize(actor, 'createArticle');
  const self = editing ? { id: { not: editing.articleId } } : {};
  const [categories, articles, plans] = await Promise.all([
    db().category.findMany({
      where: { active: true },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db().article.findMany({
      where: { ...published(), ...self },
      orderBy: { publishedAt: 'desc' },
      take: READ_MORE_LIMIT,
      select: { id: true, liveRevision: { select: { title: true } } },
    }),
    listPlanItemChoices(),
  ]);
  const readMore = articles.map((a) => ({ value: a.id, label: a.liveRevision?.title ?? a.id }));
  return {
    categories: categories.map((c) => ({ value: c.id, label: c.name })),
    readMore: [...readMore, ...(await missingLinks(editing, readMore))],
    ...plans,
  };
}

/** The revision's current "Đọc thêm" targets that the offered list lacks. */
async function missingLinks(
  editing: EditorSubject | undefined,
  offered: EditorOption[],
): Promise<EditorOption[]> {
  const have = new Set(offered.map((o) => o.value));
  const missing = (editing?.readMoreIds ?? []).filter((id) => !have.has(id));
  if (missing.length === 0) return [];
  const rows = await db().article.findMany({
    where: { id: { in: missing } },
    select: {
      id: true,
      liveRevision: { select: { title: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { title: true } },
    },
  });
  return rows.map((a) => ({
    value: a.id,
    label: a.liveRevision?.title ?? `${a.revisions[0]?.title ?? a.id} (hiện không xuất bản)`,
  }));
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
