import 'server-only';
import { db } from '../db/client';

/** SearchLog rows rolled up per statement: one run never holds a long transaction. */
const BATCH = 50_000;

/**
 * Rolls the search log up into SearchTermDaily, from where the last run
 * stopped (RollupCursor 'search'): per Vietnam day, the whole normalised
 * query (n = 0) and its folded syllable 1-, 2- and 3-grams, each with its
 * searches and zero-result searches (a term counted once per search). The
 * folding is the database's search_fold(), the one search itself uses, so
 * "Đầu tư" and "dau tu" are one term. The cursor row is locked for the run,
 * so two instances never roll the same rows twice. Returns the rows rolled.
 */
export async function rollUpSearches(limit = BATCH): Promise<number> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO "RollupCursor" (name, position) VALUES ('search', 0) ON CONFLICT (name) DO NOTHING`;
      const [cursor] = await tx.$queryRaw<{ position: bigint }[]>`
      SELECT position FROM "RollupCursor" WHERE name = 'search' FOR UPDATE`;
      const from = cursor?.position ?? 0n;
      const [done] = await tx.$queryRaw<{ rolled: number; last: bigint | null }[]>`
      WITH src AS (
        SELECT id, (at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
               btrim(regexp_replace(public.search_fold(query), '\s+', ' ', 'g')) AS q,
               "resultCount" = 0 AS zero
        FROM "SearchLog" WHERE id > ${from} ORDER BY id LIMIT ${limit}
      ), words AS (
        SELECT src.id, src.day, src.zero, w.word, w.i
        FROM src, unnest(string_to_array(src.q, ' ')) WITH ORDINALITY AS w(word, i)
        WHERE src.q <> ''
      ), grams AS (
        SELECT DISTINCT id, day, zero, n, term FROM (
          SELECT id, day, zero, 0 AS n, q AS term FROM src WHERE q <> ''
          UNION ALL SELECT id, day, zero, 1, word FROM words
          UNION ALL SELECT a.id, a.day, a.zero, 2, a.word || ' ' || b.word
            FROM words a JOIN words b ON b.id = a.id AND b.i = a.i + 1
          UNION ALL SELECT a.id, a.day, a.zero, 3, a.word || ' ' || b.word || ' ' || c.word
            FROM words a JOIN words b ON b.id = a.id AND b.i = a.i + 1
            JOIN words c ON c.id = a.id AND c.i = a.i + 2
        ) g WHERE length(term) <= 200
      ), written AS (
        INSERT INTO "SearchTermDaily" (day, n, term, searches, "zeroResults")
        SELECT day, n, term, count(*)::int, (count(*) FILTER (WHERE zero))::int
        FROM grams GROUP BY day, n, term
        ON CONFLICT (day, n, term) DO UPDATE SET
          searches = "SearchTermDaily".searches + EXCLUDED.searches,
          "zeroResults" = "SearchTermDaily"."zeroResults" + EXCLUDED."zeroResults"
      )
      SELECT count(*)::int AS rolled, max(id) AS last FROM src`;
      if (done?.last) {
        await tx.$executeRaw`UPDATE "RollupCursor" SET position = ${done.last} WHERE name = 'search'`;
      }
      return done?.rolled ?? 0;
    },
    { timeout: 120_000 },
  );
}

/** Rolls up everything logged so far, a batch at a time (the scheduler, tests, scripts). */
export async function rollUpAllSearches(): Promise<number> {
  let total = 0;
  for (;;) {
    const rolled = await rollUpSearches();
    total += rolled;
    if (rolled < BATCH) return total;
  }
}

const holder = globalThis as unknown as { __searchRollupAt?: number };

/** Runs the search rollup at most once a minute per process (the scheduler's tick). */
export async function rollUpSearchesWhenDue(now = Date.now()): Promise<void> {
  const last = holder.__searchRollupAt;
  if (last !== undefined && now - last < 60_000) return;
  holder.__searchRollupAt = now;
  try {
    await rollUpAllSearches();
  } catch (error) {
    console.error('[trends] search rollup failed, retried in a minute:', error);
  }
}
