import 'server-only';
import { publishedSql } from '../articles/published';
import { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from './query';
import { type Slice, slicesFor } from './slices';

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
 * reads each candidate's vector, so a word found in half the archive would
 * otherwise cost time in proportion to the archive. A news portal loses
 * little: older matches beyond these are still reachable with a date filter.
 */
export const MAX_CANDIDATES = 1000;

/**
 * published() for "SearchEntry" aliased `s`. The trigger keeps a row exactly
 * while the article is news (not a page) with a live revision and a
 * publication date; the rest of published(), a date already come, is asked
 * here. A test checks the two select the same articles.
 */
export function publishedEntrySql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`s."publishedAt" <= ${now}`;
}

/**
 * The text query, folded by the database's own search_fold() so query and
 * documents fold alike. plainto/phraseto_tsquery accept any text: no user
 * input is ever parsed as tsquery syntax. Written out where it is used (not
 * in a CTE) so the planner folds it to a constant and estimates its matches.
 */
function textQuery(query: ParsedQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.words.length > 0) {
    parts.push(Prisma.sql`plainto_tsquery('simple', public.search_fold(${query.words.join(' ')}))`);
  }
  for (const phrase of query.phrases) {
    parts.push(Prisma.sql`phraseto_tsquery('simple', public.search_fold(${phrase}))`);
  }
  return Prisma.sql`(${Prisma.join(parts, ' && ')})`;
}

/**
 * The typed words with their diacritics (lowercased only), all required: an
 * article holding every one exactly ranks above those that hold them only
 * without diacritics ("đầu tư" above "dầu từ"). A plain AND of words, which
 * the index answers without reading a vector back; "exact" has no
 * positions, so a phrase's words are asked for in any order.
 */
function exactQuery(query: ParsedQuery): Prisma.Sql {
  return Prisma.sql`plainto_tsquery('simple', ${query.exactTerms.join(' ')})`;
}

/**
 * Every adjacent word pair of every quoted phrase must be in the article's
 * "pairs": the index that finds a phrase of common words quickly (the
 * vector's phrase operator then checks the order of the few rows left).
 */
function pairsSql(query: ParsedQuery): Prisma.Sql {
  // The function is immutable: the planner evaluates it once, folds the
  // null test away and keeps an indexable `s.pairs @@ constant`.
  const parts = query.phrases.map(
    (phrase) =>
      Prisma.sql`AND (public.search_pairs_query(${phrase}) IS NULL OR s.pairs @@ public.search_pairs_query(${phrase}))`,
  );
  return parts.length > 0 ? Prisma.join(parts, ' ') : Prisma.empty;
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.categoryId) {
    // The key finds the category in the index; the id is what is compared.
    parts.push(Prisma.sql`AND s."categoryKey" = public.search_category_key(${filters.categoryId})
      AND s."categoryId" = ${filters.categoryId}`);
  }
  if (filters.from) parts.push(Prisma.sql`AND s."publishedAt" >= ${filters.from}`);
  if (filters.until) parts.push(Prisma.sql`AND s."publishedAt" < ${filters.until}`);
  return parts.length > 0 ? Prisma.join(parts, ' ') : Prisma.empty;
}

/** The newest matches in one time slice, at most MAX_CANDIDATES + 1. */
function sliceSql(query: ParsedQuery, filters: SearchFilters, now: Date, slice: Slice) {
  return Prisma.sql`(
    SELECT s."articleId" AS id, s."publishedAt", s.day, s.vector
    FROM "SearchEntry" s
    WHERE s.vector @@ ${textQuery(query)} ${pairsSql(query)}
      ${slice.fromDay === undefined ? Prisma.empty : Prisma.sql`AND s.day >= ${slice.fromDay}::integer`}
      ${slice.before ? Prisma.sql`AND s."publishedAt" < ${slice.before}` : Prisma.empty}
      AND ${publishedEntrySql(now)} ${filterSql(filters)}
    ORDER BY s."publishedAt" DESC, s."articleId" DESC
    LIMIT ${MAX_CANDIDATES + 1})`;
}

/**
 * The newest matches, at most MAX_CANDIDATES + 1 (the extra one says
 * "more"), newest first: the slices (slices.ts) one after another, newest
 * first, and PostgreSQL stops as soon as it has enough, so an older slice is
 * searched only when the newer ones held too few. The "day" bound is a key of
 * the search index, which then skips a common word's posting list to the
 * slice; "publishedAt" < before, checked on each row, leaves out what a
 * newer slice already gave. This relies on a UNION ALL being read in order,
 * as PostgreSQL does without parallel workers (see connection.ts).
 */
function candidatesSql(query: ParsedQuery, filters: SearchFilters, now: Date): Prisma.Sql {
  const slices = slicesFor(now, { from: filters.from, until: filters.until });
  return Prisma.sql`
    SELECT * FROM (${Prisma.join(
      slices.map((slice) => sliceSql(query, filters, now, slice)),
      ' UNION ALL ',
    )}) slices
    LIMIT ${MAX_CANDIDATES + 1}`;
}

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
