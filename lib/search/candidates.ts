import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from './query';
import {
  dayStart,
  FIRST_SLICE_DAYS,
  MAX_REACH_DAYS,
  REACH_MARGIN,
  type SlicePlan,
  slicePlan,
} from './slices';
import { pairsSql, textQuery } from './tsquery';

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
 * reads each candidate's vector back from TOAST (a lookup of its own, about
 * 10 µs each on the benchmark's machine), so a word found in half the archive
 * would otherwise cost time in proportion to the archive. 500 is 25 pages,
 * and for a word in a quarter of the articles, at fifty articles a day, the
 * last six weeks; older matches are reached with a date range or one more
 * word, as the page says. 1,000 cost 12 ms of ranking alone there.
 */
export const MAX_CANDIDATES = 500;

/**
 * published() for "SearchEntry" aliased `s`. The trigger keeps a row exactly
 * while the article is news (not a page) with a live revision and a
 * publication date; the rest of published(), a date already come, is asked
 * here. A test checks the two select the same articles.
 */
export function publishedEntrySql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`s."publishedAt" <= ${now}`;
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

/**
 * A slice's bounds: `day`, its first day, a key of the search index (which
 * then skips a common word's posting list to the slice); `before`, checked
 * on each row, leaves out what a newer slice gave; `gate`, when false,
 * leaves the whole slice out.
 */
type Bounds = { day?: Prisma.Sql; before?: Date | Prisma.Sql; gate?: Prisma.Sql };

/** The newest matches in one slice, at most MAX_CANDIDATES + 1. */
function sliceSql(query: ParsedQuery, filters: SearchFilters, now: Date, bounds: Bounds) {
  const and = (sql: Prisma.Sql | undefined) => (sql ? Prisma.sql`AND ${sql}` : Prisma.empty);
  return Prisma.sql`(
    SELECT s."articleId" AS id, s."publishedAt", s.day, s.vector
    FROM "SearchEntry" s
    WHERE s.vector @@ ${textQuery(query)} ${pairsSql(query)}
      ${and(bounds.day && Prisma.sql`s.day >= ${bounds.day}`)}
      ${and(bounds.before && Prisma.sql`s."publishedAt" < ${bounds.before}`)} ${and(bounds.gate)}
      AND ${publishedEntrySql(now)} ${filterSql(filters)}
    ORDER BY s."publishedAt" DESC, s."articleId" DESC
    LIMIT ${MAX_CANDIDATES + 1})`;
}

/**
 * Where the next slices start, from how many matches the first held:
 * `near`, the day from which the rest should be found at the first slice's
 * rate (with REACH_MARGIN); `far`, four times as far back, or MAX_REACH_DAYS;
 * `rest`, where the last slice, the rest of the archive, read whole, starts.
 * A null bound leaves its slice out: nothing matched lately, or it would
 * reach further back than MAX_REACH_DAYS.
 */
function reachSql(plan: SlicePlan): Prisma.Sql {
  const first = Prisma.sql`${plan.firstDay}::integer`;
  const lowest = Prisma.sql`${plan.lowestDay ?? null}::integer`;
  const needed = Prisma.sql`(${MAX_CANDIDATES + 1} - count(*)) * ${FIRST_SLICE_DAYS * REACH_MARGIN}::numeric`;
  const start = (day: Prisma.Sql) => Prisma.sql`TIMESTAMP '2000-01-01' + ${day} * INTERVAL '1 day'`;
  return Prisma.sql`
    SELECT near, far, COALESCE(far, near, ${first}) AS rest,
      ${start(Prisma.sql`near`)} AS near_start, ${start(Prisma.sql`COALESCE(far, near, ${first})`)} AS rest_start
    FROM (
      SELECT CASE WHEN span <= ${MAX_REACH_DAYS} THEN GREATEST(${first} - span, ${lowest}) END AS near,
        CASE WHEN span < ${MAX_REACH_DAYS}
          THEN GREATEST(${first} - LEAST(4 * span, ${MAX_REACH_DAYS}), ${lowest}) END AS far
      FROM (SELECT ceil(${needed} / NULLIF(count(*), 0))::integer AS span FROM newest) counted
    ) bounds`;
}

/**
 * The newest matches, at most MAX_CANDIDATES + 1 (the extra one says
 * "more"), newest first: the slices one after another, newest first, and
 * PostgreSQL stops as soon as it has enough, so an older slice is searched
 * only when the newer ones held too few. This relies on a UNION ALL being
 * read in order, as PostgreSQL does without parallel workers (see
 * connection.ts).
 */
export function candidatesSql(query: ParsedQuery, filters: SearchFilters, now: Date) {
  const plan = slicePlan(now, filters);
  const slice = (bounds: Bounds) => sliceSql(query, filters, now, bounds);
  const first = slice({ day: Prisma.sql`${plan.firstDay}::integer` });
  if (plan.single) return Prisma.sql`SELECT * FROM ${first} slices`;
  const reach = (column: string) => Prisma.sql`(SELECT ${Prisma.raw(column)} FROM reach)`;
  const lowest = plan.lowestDay;
  // With a date range, a slice starting at its first day is the last one.
  const after = (column: string) =>
    lowest === undefined ? undefined : Prisma.sql`${reach(column)} > ${lowest}::integer`;
  const slices = [
    Prisma.sql`(SELECT * FROM newest)`,
    slice({ day: reach('near'), before: dayStart(plan.firstDay) }),
    slice({ day: reach('far'), before: reach('near_start'), gate: after('near') }),
    slice({
      day: lowest === undefined ? undefined : Prisma.sql`${lowest}::integer`,
      before: reach('rest_start'),
      gate: after('rest'),
    }),
  ];
  return Prisma.sql`
    WITH newest AS MATERIALIZED ${first}, reach AS MATERIALIZED (${reachSql(plan)})
    SELECT * FROM (${Prisma.join(slices, ' UNION ALL ')}) slices
    LIMIT ${MAX_CANDIDATES + 1}`;
}
