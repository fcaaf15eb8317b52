import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type {
  CommentStance,
  FeedbackKind,
  FeedbackRejectReason,
  FeedbackState,
  RevisionState,
} from '../generated/prisma/enums';
import { authorize, can } from '../core/policy';
import type { QueueFilters } from './queue-schema';
import type { FeedbackRef } from './schema';

export const QUEUE_PAGE_SIZE = 25;
/** How much of a long text the queue shows; the item's page shows it whole. */
export const EXCERPT_LENGTH = 600;

/**
 * One row of the queue: an item, or a group of identical or near-identical
 * texts in the same state shown once (its first item) with how many there
 * are and every member's id and version, so one decision covers them all.
 */
export type QueueRow = {
  id: string;
  kind: FeedbackKind;
  name: string;
  anonymous: boolean;
  excerpt: string;
  truncated: boolean;
  spamScore: number | null;
  verified: boolean;
  createdAt: Date;
  moderatedAt: Date | null;
  rejectReason: FeedbackRejectReason | null;
  /** The article, or for a consultation comment the consultation (and its stance). */
  articleId: string | null;
  articleTitle: string;
  consultationId: string | null;
  stance: CommentStance | null;
  answerState: RevisionState | null;
  count: number;
  refs: FeedbackRef[];
};

export type QueuePage = {
  rows: QueueRow[];
  page: number;
  pageCount: number;
  /** Rows in the tab: a group of copies is one row. */
  total: number;
  /** Items in the tab, each copy counted. */
  items: number;
};

type Raw = Omit<QueueRow, 'excerpt' | 'truncated' | 'verified' | 'refs' | 'count'> & {
  body: string;
  verifiedAt: Date | null;
  count: number;
  refs: unknown;
  total: bigint;
  items: bigint;
};

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The queue's conditions over "Feedback" aliased `f` (exported for the index test). */
export function whereOf(f: QueueFilters): Prisma.Sql {
  const parts = [Prisma.sql`f.state = ${f.state}::"FeedbackState"`];
  if (f.q) {
    // staff_fold(): lowercase without diacritics, so "y kien" finds "Ý kiến".
    const like = Prisma.sql`'%' || staff_fold(${likeEscape(f.q)}) || '%'`;
    parts.push(Prisma.sql`(staff_fold(f.body) LIKE ${like} OR staff_fold(f.name) LIKE ${like})`);
  }
  if (f.articleId) parts.push(Prisma.sql`f."articleId" = ${f.articleId}`);
  if (f.consultationId) parts.push(Prisma.sql`f."consultationId" = ${f.consultationId}`);
  if (f.kind) parts.push(Prisma.sql`f.kind = ${f.kind}::"FeedbackKind"`);
  if (f.verified !== undefined) {
    parts.push(
      f.verified ? Prisma.sql`f."verifiedAt" IS NOT NULL` : Prisma.sql`f."verifiedAt" IS NULL`,
    );
  }
  if (f.from) parts.push(Prisma.sql`f."createdAt" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`f."createdAt" < ${f.to}`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Waiting items: the least likely spam first (a citizen's question never
 * waits behind a flood), then the oldest. Decided ones: the latest decision first.
 */
function orderOf(state: FeedbackState): Prisma.Sql {
  return state === 'PENDING'
    ? Prisma.sql`COALESCE(g.spam, 0.5) ASC, g.first ASC, f.id`
    : Prisma.sql`g.moderated DESC NULLS LAST, g.first DESC, f.id`;
}

function queryPage(filters: QueueFilters, offset: number) {
  return db().$queryRaw<Raw[]>`
    WITH m AS (
      SELECT f.id, f.version, f."createdAt", f."spamScore", f."moderatedAt",
             COALESCE(f."groupId", f.id) AS gkey
      FROM "Feedback" f WHERE ${whereOf(filters)}
    ), g AS (
      SELECT gkey, COUNT(*)::int AS n, (array_agg(id ORDER BY "createdAt", id))[1] AS lead,
             json_agg(json_build_object('id', id, 'version', version) ORDER BY id) AS refs,
             MAX("spamScore") AS spam, MIN("createdAt") AS first, MAX("moderatedAt") AS moderated
      FROM m GROUP BY gkey
    )
    SELECT f.id, f.kind, f.name, f.anonymous, f.body, f."spamScore", f."verifiedAt",
           f."createdAt", f."moderatedAt", f."rejectReason", f."articleId",
           f."consultationId", f.stance,
           COALESCE(r.title, a.slug, cv.title, c.slug) AS "articleTitle", ans.state AS "answerState",
           g.n AS count, g.refs, COUNT(*) OVER () AS total, SUM(g.n) OVER () AS items
    FROM g
    JOIN "Feedback" f ON f.id = g.lead
    LEFT JOIN "Article" a ON a.id = f."articleId"
    LEFT JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
    LEFT JOIN "Consultation" c ON c.id = f."consultationId"
    LEFT JOIN "ConsultationVersion" cv ON cv.id = c."liveVersionId"
    LEFT JOIN "FeedbackAnswer" ans ON ans."feedbackId" = f.id
    ORDER BY ${orderOf(filters.state)}
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
}

function toRow({ body, verifiedAt, refs, total: _, items: __, ...raw }: Raw): QueueRow {
  const list = (typeof refs === 'string' ? JSON.parse(refs) : refs) as FeedbackRef[];
  return {
    ...raw,
    excerpt: body.slice(0, EXCERPT_LENGTH),
    truncated: body.length > EXCERPT_LENGTH,
    verified: verifiedAt !== null,
    refs: list,
  };
}

/**
 * One page of the moderation queue for a tab (state), filtered by article,
 * kind, verified email, date sent and text (name or body, diacritics
 * ignored), copies grouped. 25 rows a page, clamped to the last page.
 */
export async function listModerationQueue(actor: Actor, filters: QueueFilters): Promise<QueuePage> {
  authorize(actor, 'moderateFeedback');
  let page = Math.max(1, Math.trunc(filters.page));
  let rows = await queryPage(filters, (page - 1) * QUEUE_PAGE_SIZE);
  if (rows.length === 0 && page > 1) {
    const [first] = await queryPage(filters, 0);
    const total = Number(first?.total ?? 0);
    page = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    rows = total > 0 ? await queryPage(filters, (page - 1) * QUEUE_PAGE_SIZE) : [];
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    rows: rows.map(toRow),
    page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    total,
    items: Number(rows[0]?.items ?? 0),
  };
}

/** The articles that have feedback, for the queue's article filter (newest feedback first). */
export async function listQueueArticles(actor: Actor): Promise<{ id: string; name: string }[]> {
  authorize(actor, 'moderateFeedback');
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT a.id, COALESCE(r.title, a.slug) AS name
    FROM "Article" a LEFT JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
    WHERE EXISTS (SELECT 1 FROM "Feedback" f WHERE f."articleId" = a.id)
    ORDER BY (SELECT MAX(f."createdAt") FROM "Feedback" f WHERE f."articleId" = a.id) DESC
    LIMIT 200`;
}

/** The consultations that have comments, for the queue's filter (newest comment first). */
export async function listQueueConsultations(
  actor: Actor,
): Promise<{ id: string; name: string }[]> {
  authorize(actor, 'moderateFeedback');
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT c.id, COALESCE(v.title, c.slug) AS name
    FROM "Consultation" c LEFT JOIN "ConsultationVersion" v ON v.id = c."liveVersionId"
    WHERE EXISTS (SELECT 1 FROM "Feedback" f WHERE f."consultationId" = c.id)
    ORDER BY (SELECT MAX(f."createdAt") FROM "Feedback" f WHERE f."consultationId" = c.id) DESC
    LIMIT 200`;
}

/** Items waiting for a moderator, for the staff navigation; null for a role that does not moderate. */
export async function countPendingFeedback(actor: Actor): Promise<number | null> {
  if (!can(actor, 'moderateFeedback')) return null;
  return db().feedback.count({ where: { state: 'PENDING' } });
}
