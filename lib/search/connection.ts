import 'server-only';
import pg from 'pg';
import { env } from '../env';
import type { Prisma } from '../generated/prisma/client';

/**
 * The plan search needs: matches found through the GIN index (bitmap scans)
 * only. A sequential scan, or a walk down a primary key, looks cheap to the
 * planner for a word in most articles, but it reads every row's vector back
 * from TOAST, a cost the planner does not count (a hundred times the
 * index's). No JIT: compiling costs more than these queries take. No
 * parallel workers: the time slices must be read one after the other, newest
 * first (sql.ts, candidatesSql). Exported for the benchmark's EXPLAIN.
 */
export const PLAN_OPTIONS =
  '-c enable_seqscan=off -c enable_indexscan=off -c jit=off -c max_parallel_workers_per_gather=0';

const TIMESTAMP_OID = 1114;

/** Columns typed `timestamp` hold UTC (as Prisma writes them), whatever the process's zone. */
function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
  return pg.types.getTypeParser(oid, format);
}

const globalForSearch = globalThis as unknown as { searchPool?: pg.Pool };

/**
 * Search's own few connections, each opened with PLAN_OPTIONS for its whole
 * life: a search is then one statement and one round trip, where on the
 * shared Prisma client it took a transaction of four (the settings may not
 * leak to the other queries). Nothing but search statements runs here.
 */
function searchPool(): pg.Pool {
  if (!globalForSearch.searchPool) {
    const pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      options: PLAN_OPTIONS,
      types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
      max: 4,
      connectionTimeoutMillis: 5_000,
      allowExitOnIdle: true,
    });
    // An idle connection closed by the server (a restart) is replaced on the
    // next search; it must not bring the process down.
    pool.on('error', (error) => console.error('Search connection lost', error.message));
    globalForSearch.searchPool = pool;
  }
  return globalForSearch.searchPool;
}

/** Runs one search statement. Dates are sent as UTC, as Prisma does. */
export async function searchRows<T>(sql: Prisma.Sql): Promise<T[]> {
  const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await searchPool().query(sql.text, values);
  return result.rows as T[];
}
