import 'server-only';
import { publishedSql } from '../core/published';
import { Prisma } from '../generated/prisma/client';
import { candidatesSql, MAX_CANDIDATES, type SearchFilters } from './candidates';
import type { ParsedQuery } from './query';
import { exactQuery, textQuery } from './tsquery';

/**
 * True for a candidate holding every typed word with its diacritics: one
 * lookup in the search index, over the days the candidates span, instead of
 * a read of each candidate's "exact" vector back from TOAST.
 */
function exactSql(query: ParsedQuery, filters: SearchFilters): Prisma.Sql {
  const category = filters.categoryId
    ? Prisma.sql`AND e."categoryKey" = public.search_category_key(${filters.categoryId})`
    : Prisma.empty;
  return Prisma.sql`c.id IN (
    SELECT e."articleId" FROM "SearchEntry" e
    WHERE e.exact @@ ${exactQuery(query)} AND e.day >= (SELECT min(day) FROM c) ${category})`;
}

/** One hit as the search statement returns it: the card's fields and the match count. */
export type HitRow = {
  /** Matches counted, at most MAX_CANDIDATES + 1. */
  total: number;
  slug: string;
  publishedAt: Date;
  categorySlug: string;
  categoryName: string;
  title: string;
  lead: string;
  body: string;
  coverCaption: string | null;
  mediaPath: string | null;
  mediaWidth: number | null;
  mediaHeight: number | null;
  mediaAlt: string | null;
  mediaCaption: string | null;
  mediaCredit: string | null;
};

/**
 * The search, one statement: one page of hits (HitRow), best first. The
 * newest MAX_CANDIDATES matches are found a time slice at a time
 * (candidatesSql) and only those are ranked: exact-diacritics matches first
 * (exactSql), then ts_rank with title (A) > lead (B) > body (C), the one
 * vector read back per candidate, then the newest. "Newest" reads no vector.
 * The page's rows are then read through published() (publishedSql), in the
 * same snapshot, so nothing unpublished is shown even if the search table
 * were wrong. Exported for the benchmark's EXPLAIN.
 */
export function rankingSql(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
  now: Date = new Date(),
): Prisma.Sql {
  const order =
    filters.sort === 'newest'
      ? Prisma.sql`c."publishedAt" DESC, c.id DESC`
      : Prisma.sql`(${exactSql(query, filters)}) DESC,
                   ts_rank(c.vector, ${textQuery(query)}) DESC, c."publishedAt" DESC, c.id DESC`;
  return Prisma.sql`
    WITH found AS MATERIALIZED (${candidatesSql(query, filters, now)}),
    c AS MATERIALIZED (SELECT * FROM found ORDER BY "publishedAt" DESC, id DESC LIMIT ${MAX_CANDIDATES}),
    ranked AS (
      SELECT c.id, row_number() OVER (ORDER BY ${order}) AS position FROM c
      ORDER BY position LIMIT ${page.size} OFFSET ${page.offset})
    SELECT (SELECT count(*)::integer FROM found) AS total, a.slug, a."publishedAt",
      k.slug AS "categorySlug", k.name AS "categoryName", r.title, r.lead, r.body,
      r."coverCaption", m.path AS "mediaPath", m.width AS "mediaWidth",
      m.height AS "mediaHeight", m.alt AS "mediaAlt", m.caption AS "mediaCaption",
      m.credit AS "mediaCredit"
    FROM ranked
    JOIN "Article" a ON a.id = ranked.id
    JOIN "ArticleRevision" r ON r.id = a."liveRevisionId"
    JOIN "Category" k ON k.id = a."categoryId"
    LEFT JOIN "Media" m ON m.id = r."coverMediaId"
    WHERE ${publishedSql(now)}
    ORDER BY ranked.position`;
}

/** The number of matches alone, at most MAX_CANDIDATES + 1: for a page past the last. */
export function countSql(query: ParsedQuery, filters: SearchFilters, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::integer AS total FROM (${candidatesSql(query, filters, now)}) matches`;
}
