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

/**
 * Relevance is computed over at most this many matches, the newest: ranking
 * reads each candidate's vectors, so a word found in half the archive would
 * otherwise cost time in proportion to the archive. A news portal loses
 * little: older matches beyond these are still reachable with a date filter.
 */
export const MAX_CANDIDATES = 1000;

export type RankedIds = {
  ids: string[];
  /** Matches counted, at most MAX_CANDIDATES. */
  total: number;
  /** True when there are more matches than were counted and ranked. */
  capped: boolean;
};

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

/**
 * The same query on the text with its diacritics (lowercased only): true when
 * every term matches exactly. One tsquery, so each row's vector is read once.
 */
function exactQuery(query: ParsedQuery): Prisma.Sql {
  const parts = query.exactTerms.map((term) => Prisma.sql`phraseto_tsquery('simple', ${term})`);
  return parts.length > 0 ? Prisma.join(parts, ' && ') : Prisma.sql`''::tsquery`;
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.categoryId) parts.push(Prisma.sql`AND a."categoryId" = ${filters.categoryId}`);
  if (filters.from) parts.push(Prisma.sql`AND a."publishedAt" >= ${filters.from}`);
  if (filters.until) parts.push(Prisma.sql`AND a."publishedAt" < ${filters.until}`);
  return parts.length > 0 ? Prisma.join(parts, ' ') : Prisma.empty;
}

/**
 * The ranking query: one page of matching published article ids, best
 * first, each row with the total. Relevance: exact-diacritics matches first,
 * then ts_rank with title (A) > lead (B) > body (C), then the newest. The GIN
 * index on "searchVector" finds the candidates; only those are ranked.
 * Exported for the benchmark's EXPLAIN.
 */
export function rankingSql(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
): Prisma.Sql {
  const order =
    filters.sort === 'newest'
      ? Prisma.sql`c."publishedAt" DESC, c.id DESC`
      : Prisma.sql`exact DESC, rank DESC, c."publishedAt" DESC, c.id DESC`;
  return Prisma.sql`
    WITH q AS (SELECT ${textQuery(query)} AS query, ${exactQuery(query)} AS exact),
    c AS MATERIALIZED (
      SELECT a.id, a."publishedAt", r.id AS "revisionId",
             row_number() OVER (ORDER BY a."publishedAt" DESC, a.id DESC) AS n
      FROM "Article" a
      JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
      CROSS JOIN q
      WHERE r."searchVector" @@ q.query AND ${publishedSql()} ${filterSql(filters)}
      ORDER BY a."publishedAt" DESC, a.id DESC
      LIMIT ${MAX_CANDIDATES + 1}
    )
    SELECT c.id, (SELECT count(*) FROM c) AS total,
           ts_rank(r."searchVector", q.query) AS rank,
           (r."searchExact" @@ q.exact)::int AS exact
    FROM c JOIN "ArticleRevision" r ON r.id = c."revisionId" CROSS JOIN q
    WHERE c.n <= ${MAX_CANDIDATES}
    ORDER BY ${order}
    LIMIT ${page.size} OFFSET ${page.offset}`;
}

/** One page of ranked ids and the number of matches (see rankingSql). */
export async function rankArticleIds(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
): Promise<RankedIds> {
  const rows = await db().$queryRaw<{ id: string; total: bigint }[]>(
    rankingSql(query, filters, page),
  );
  const first = rows[0];
  if (first || page.offset === 0)
    return toRanked(
      rows.map((row) => row.id),
      first?.total,
    );
  // Past the last page: still say how many there are, for the page links.
  const [count] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM (
      SELECT 1 FROM "Article" a
      JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
      WHERE r."searchVector" @@ (${textQuery(query)}) AND ${publishedSql()} ${filterSql(filters)}
      LIMIT ${MAX_CANDIDATES + 1}
    ) matches`;
  return toRanked([], count?.total);
}

function toRanked(ids: string[], counted: bigint | undefined): RankedIds {
  const total = Number(counted ?? 0);
  return { ids, total: Math.min(total, MAX_CANDIDATES), capped: total > MAX_CANDIDATES };
}
