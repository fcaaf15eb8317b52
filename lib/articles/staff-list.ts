import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { RevisionState } from '../generated/prisma/enums';
import { STATE_LABELS } from '../core/labels';
import { authorize } from '../core/policy';
import type { StaffListFilters } from './staff-list-schema';

export const STAFF_LIST_PAGE_SIZE = 50;

/** One article in the staff list, as its newest revision describes it. */
export type StaffListItem = {
  articleId: string;
  title: string;
  state: RevisionState;
  stateLabel: string;
  categoryName: string;
  authorName: string;
  /** When the newest revision last changed. */
  updatedAt: Date;
  /** First publication; null for an article never published. */
  publishedAt: Date | null;
};

export type StaffListPage = {
  items: StaffListItem[];
  page: number;
  pageCount: number;
  total: number;
};

type Row = Omit<StaffListItem, 'stateLabel'> & { total: bigint };

/** LIKE metacharacters in the user's text match themselves. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereClause(f: StaffListFilters): Prisma.Sql {
  const when = f.sort === 'xuat-ban' ? Prisma.sql`a."publishedAt"` : Prisma.sql`r."updatedAt"`;
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  // staff_fold() is the indexed expression (trigram GIN): "dau tu" finds "Đầu tư".
  if (f.q)
    parts.push(Prisma.sql`staff_fold(r.title) LIKE '%' || staff_fold(${likeEscape(f.q)}) || '%'`);
  if (f.state) parts.push(Prisma.sql`r.state = ${f.state}::"RevisionState"`);
  if (f.categoryId) parts.push(Prisma.sql`r."categoryId" = ${f.categoryId}`);
  if (f.authorId) parts.push(Prisma.sql`r."authorId" = ${f.authorId}`);
  if (f.from) parts.push(Prisma.sql`${when} >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`${when} < ${f.to}`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Every article the actor may read, one row each, described by its newest
 * revision (so an article with a draft waiting shows that draft's title and
 * state), filtered and sorted by last change or by publication, newest
 * first, 50 a page (1-based `page`, clamped to the last page).
 */
export async function listStaffArticles(
  actor: Actor,
  filters: StaffListFilters,
): Promise<StaffListPage> {
  // Every staff role may read every article; the check still guards the data.
  authorize(actor, 'viewDashboard');
  const order =
    filters.sort === 'xuat-ban'
      ? Prisma.sql`a."publishedAt" DESC NULLS LAST, r."updatedAt" DESC, a.id`
      : Prisma.sql`r."updatedAt" DESC, a.id`;
  const query = (offset: number) => db().$queryRaw<Row[]>`
    SELECT a.id AS "articleId", r.title, r.state, c.name AS "categoryName",
           u.name AS "authorName", r."updatedAt", a."publishedAt", COUNT(*) OVER () AS total
    FROM "Article" a
    CROSS JOIN LATERAL (
      SELECT * FROM "ArticleRevision" x WHERE x."articleId" = a.id ORDER BY x.number DESC LIMIT 1
    ) r
    JOIN "Category" c ON c.id = r."categoryId"
    JOIN "User" u ON u.id = r."authorId"
    WHERE ${whereClause(filters)}
    ORDER BY ${order}
    LIMIT ${STAFF_LIST_PAGE_SIZE} OFFSET ${offset}`;
  const requested = Math.max(1, Math.trunc(filters.page));
  let page = requested;
  let rows = await query((page - 1) * STAFF_LIST_PAGE_SIZE);
  if (rows.length === 0 && page > 1) {
    // Past the end (an old link after a filter change): show the last page instead.
    const [first] = await query(0);
    const total = Number(first?.total ?? 0);
    page = Math.max(1, Math.ceil(total / STAFF_LIST_PAGE_SIZE));
    rows = total > 0 ? await query((page - 1) * STAFF_LIST_PAGE_SIZE) : [];
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    items: rows.map(({ total: _, ...r }) => ({ ...r, stateLabel: STATE_LABELS[r.state] })),
    page,
    pageCount: Math.max(1, Math.ceil(total / STAFF_LIST_PAGE_SIZE)),
    total,
  };
}

export type StaffListChoice = { id: string; name: string };

/** The list's filter choices: every category (inactive ones too) and everyone who wrote an article. */
export async function listStaffListChoices(
  actor: Actor,
): Promise<{ categories: StaffListChoice[]; authors: StaffListChoice[] }> {
  authorize(actor, 'viewDashboard');
  const [categories, authors] = await Promise.all([
    db().category.findMany({
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db().user.findMany({
      where: { authored: { some: {} } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, authors };
}
