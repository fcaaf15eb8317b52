import 'server-only';
import { publishedSql } from '../articles/published';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from './query';

export type SearchFilters = {
  categoryId?: string;
  /** Inclusive lower bound of first publication. */
  from?: Date;
  /** Exclusive upper bound of first publication. */
  until?: Date;
  sort: 'relevance' | 'newest';
};

export type RankedIds = { ids: string[]; total: number };

/**
 * The text query, folded by the database's own search_fold() so query and
 * documents fold alike. plainto/phraseto_tsquery accept any text: no user
 * input is ever parsed as tsquery syntax.
 */
function textQuery(query: ParsedQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.words.length > 0) {
    parts.push(Prisma.sql`plainto_tsquery('simple', public.search_fold(${query.words.join(' ')}))`);
  }
  for (const phrase of query.phrases) {
    parts.push(Prisma.sql`phraseto_tsquery('simple', public.search_fold(${phrase}))`);
  }
  return Prisma.join(parts, ' && ');
}

/** How many query terms the row contains with the very same diacritics. */
function exactScore(query: ParsedQuery): Prisma.Sql {
  const checks = query.exactTerms.map(
    (term) => Prisma.sql`(r."searchExact" @@ phraseto_tsquery('simple', ${term}))::int`,
  );
  return checks.length > 0 ? Prisma.join(checks, ' + ') : Prisma.sql`0`;
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.categoryId) parts.push(Prisma.sql`AND a."categoryId" = ${filters.categoryId}`);
  if (filters.from) parts.push(Prisma.sql`AND a."publishedAt" >= ${filters.from}`);
  if (filters.until) parts.push(Prisma.sql`AND a."publishedAt" < ${filters.until}`);
  return parts.length > 0 ? Prisma.join(parts, ' ') : Prisma.empty;
}

/**
 * One page of matching published article ids, best first, and the total.
 * Relevance: exact-diacritics matches first, then ts_rank with title (A) >
 * lead (B) > body (C), then the newest. The GIN index on "searchVector"
 * finds the candidates; only those are ranked.
 */
export async function rankArticleIds(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
): Promise<RankedIds> {
  const order =
    filters.sort === 'newest'
      ? Prisma.sql`m."publishedAt" DESC, m.id DESC`
      : Prisma.sql`m.exact DESC, m.rank DESC, m."publishedAt" DESC, m.id DESC`;
  const rows = await db().$queryRaw<{ id: string; total: bigint }[]>`
    WITH q AS (SELECT ${textQuery(query)} AS query),
    m AS (
      SELECT a.id, a."publishedAt",
             ts_rank(r."searchVector", q.query) AS rank,
             ${exactScore(query)} AS exact
      FROM "Article" a
      JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
      CROSS JOIN q
      WHERE r."searchVector" @@ q.query AND ${publishedSql()} ${filterSql(filters)}
    )
    SELECT m.id, count(*) OVER () AS total FROM m
    ORDER BY ${order}
    LIMIT ${page.size} OFFSET ${page.offset}`;
  const first = rows[0];
  if (first || page.offset === 0)
    return { ids: rows.map((row) => row.id), total: Number(first?.total ?? 0) };
  // Past the last page: still say how many there are, for the page links.
  const [count] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Article" a
    JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
    WHERE r."searchVector" @@ (${textQuery(query)}) AND ${publishedSql()} ${filterSql(filters)}`;
  return { ids: [], total: Number(count?.total ?? 0) };
}
