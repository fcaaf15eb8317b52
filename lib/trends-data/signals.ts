import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { DayRange } from './range';
import type { Ranked } from './reading';
import { articleInScope, type TrendsScope } from './scope';
import { type DayValue, fillDays } from './series-fill';

type Row = { day: string; value: bigint | number };
const within = (range: DayRange) =>
  Prisma.sql`day BETWEEN ${range.from}::date AND ${range.to}::date`;

/** Searches and zero-result searches per day (from the rolled-up search log). */
export async function searchSeries(
  range: DayRange,
): Promise<{ searches: DayValue[]; zero: DayValue[] }> {
  const rows = await db().$queryRaw<{ day: string; searches: bigint; zero: bigint }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(searches) AS searches, sum("zeroResults") AS zero
    FROM "SearchTermDaily" WHERE n = 0 AND ${within(range)} GROUP BY day`;
  return {
    searches: fillDays(
      range,
      rows.map((r) => ({ day: r.day, value: r.searches })),
    ),
    zero: fillDays(
      range,
      rows.map((r) => ({ day: r.day, value: r.zero })),
    ),
  };
}

/**
 * The most searched terms over the range: folded syllable n-grams (n = 1..3)
 * or, with `wholeQueries`, whole queries; `zeroOnly` ranks by searches that
 * found nothing (what readers look for and the portal does not have).
 */
export async function topTerms(range: DayRange, opts: TopTermsOptions = {}): Promise<Ranked[]> {
  const rows = await db().$queryRaw<{ label: string; value: bigint }[]>(topTermsQuery(range, opts));
  return rows.map((r) => ({ label: r.label, value: Number(r.value) }));
}

type TopTermsOptions = { wholeQueries?: boolean; zeroOnly?: boolean; limit?: number };

/**
 * The top-terms query itself, apart so a test can check its plan: an
 * index-only scan of SearchTermDaily's (n, day, term, searches, zeroResults)
 * index, however many rows the search log has rolled up.
 */
export function topTermsQuery(range: DayRange, opts: TopTermsOptions = {}): Prisma.Sql {
  // n IN (1, 2, 3), not BETWEEN: three exact index ranges of the range's days
  // each, where a range on n would also walk every day of n = 2 in between.
  const n = opts.wholeQueries ? Prisma.sql`n = 0` : Prisma.sql`n IN (1, 2, 3)`;
  const measure = opts.zeroOnly ? Prisma.sql`"zeroResults"` : Prisma.sql`searches`;
  return Prisma.sql`
    SELECT term AS label, sum(${measure}) AS value FROM "SearchTermDaily"
    WHERE ${n} AND ${within(range)}
    GROUP BY term HAVING sum(${measure}) > 0 ORDER BY value DESC, term LIMIT ${opts.limit ?? 15}`;
}

/** Daily searches of the given terms (n-grams), for detection. */
export async function termSeries(
  range: DayRange,
  terms: string[],
): Promise<Map<string, DayValue[]>> {
  if (terms.length === 0) return new Map();
  const rows = await db().$queryRaw<(Row & { term: string })[]>`
    SELECT term, to_char(day, 'YYYY-MM-DD') AS day, sum(searches) AS value FROM "SearchTermDaily"
    WHERE n IN (1, 2, 3) AND term = ANY (${terms}::text[]) AND ${within(range)}
    GROUP BY term, day`;
  const grouped = new Map<string, Row[]>(terms.map((t) => [t, []]));
  for (const row of rows) grouped.get(row.term)?.push(row);
  return new Map([...grouped].map(([t, list]) => [t, fillDays(range, list)]));
}

/**
 * Readers' feedback received per day (any state: volume is the signal, not
 * what was published), on the scope's articles or one article.
 */
export async function feedbackSeries(
  scope: TrendsScope,
  range: DayRange,
  articleId?: string,
): Promise<DayValue[]> {
  const one = articleId ? Prisma.sql`AND f."articleId" = ${articleId}` : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>`
    SELECT to_char((f."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS day,
      count(*) AS value
    FROM "Feedback" f
    -- createdAt is UTC without a zone: a Vietnam day starts 7 hours earlier.
    WHERE f."createdAt" >= ${range.from}::date - interval '7 hours'
      AND f."createdAt" < ${range.to}::date + interval '17 hours'
      AND ${articleInScope(scope, Prisma.sql`f."articleId"`)} ${one}
    GROUP BY 1`;
  return fillDays(range, rows);
}
