import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { Prisma } from '../../lib/generated/prisma/client';
import { addDays, vnDayOf } from '../../lib/trends-data/range';
import { topTerms, topTermsQuery } from '../../lib/trends-data/signals';
import { castEachTest } from '../helpers/integration';

castEachTest();
const today = vnDayOf(new Date());
const range = { from: addDays(today, -27), to: today };

/** The plan Postgres picks for the dashboard's own query. */
async function planOf(query: Prisma.Sql): Promise<string> {
  const rows = await db().$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${query}`);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** The plan of `query` with only index-only scans allowed and no index of the table but `keep`. */
async function planWithOnly(keep: string, query: Prisma.Sql): Promise<string> {
  const others = await db().$queryRaw<{ name: string; constraint: boolean }[]>`
    SELECT indexname AS name, EXISTS (SELECT 1 FROM pg_constraint WHERE conname = indexname) AS constraint
    FROM pg_indexes WHERE tablename = 'SearchTermDaily' AND indexname <> ${keep}`;
  let plan = '';
  await db()
    .$transaction(async (tx) => {
      for (const { name, constraint } of others) {
        await tx.$executeRawUnsafe(
          constraint
            ? `ALTER TABLE "SearchTermDaily" DROP CONSTRAINT "${name}"`
            : `DROP INDEX "${name}"`,
        );
      }
      for (const way of ['bitmapscan', 'seqscan', 'indexscan']) {
        await tx.$executeRawUnsafe(`SET LOCAL enable_${way} = off`);
      }
      const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${query}`);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new Error('rolled back');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'rolled back')) throw error;
    });
  return plan;
}

describe('the top terms query', () => {
  it('reads only the covering index, never the table', async () => {
    // A year of rollups: 200 terms a day at each n (0 to 3), 292,000 rows in one statement.
    await db().$executeRaw`
      INSERT INTO "SearchTermDaily" (day, n, term, searches, "zeroResults")
      SELECT ${today}::date - d, n, 'tu ' || n || ' ' || t, 1 + (d * t) % 17, (d + t) % 3
      FROM generate_series(0, 364) d, generate_series(0, 3) n, generate_series(1, 200) t`;
    // The visibility map and the statistics, as autovacuum leaves them.
    await db().$executeRawUnsafe('VACUUM ANALYZE "SearchTermDaily"');
    for (const opts of [{}, { wholeQueries: true, zeroOnly: true }]) {
      // Never the whole table: with the real statistics the planner reads an index.
      expect(await planOf(topTermsQuery(range, opts))).not.toMatch(/Seq Scan/);
      // And the covering index alone answers it: with the other indexes hidden (dropped in a
      // transaction rolled back) and every other way off, the plan is an index-only scan on
      // it. Whether Postgres also prefers it over the primary key depends on the visibility
      // map, which VACUUM leaves unset while any older transaction on the database is open
      // (CI once saw a bitmap scan here), so that choice is not asserted.
      const covering = await planWithOnly(
        'SearchTermDaily_n_day_term_searches_zeroResults_idx',
        topTermsQuery(range, opts),
      );
      expect(covering).toContain(
        'Index Only Scan using "SearchTermDaily_n_day_term_searches_zeroResults_idx"',
      );
    }
    // The same query still answers right: term 1..200 at n 1 sums its 28 days.
    const top = await topTerms(range, { limit: 3 });
    expect(top).toHaveLength(3);
    const [expected] = await db().$queryRaw<{ value: bigint }[]>`
      SELECT sum(searches) AS value FROM "SearchTermDaily"
      WHERE n BETWEEN 1 AND 3 AND term = ${top[0]?.label}
        AND day BETWEEN ${range.from}::date AND ${range.to}::date`;
    expect(top[0]?.value).toBe(Number(expected?.value));
  }, 60_000);
});
