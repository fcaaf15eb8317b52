import pg from 'pg';
import { env } from '../env';
import type { Prisma } from '../generated/prisma/client';

const TIMESTAMP_OID = 1114;

/** Columns typed `timestamp` hold UTC (as Prisma writes them), whatever the process's zone. */
function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
  return pg.types.getTypeParser(oid, format);
}

const globalForRaw = globalThis as unknown as { rawPool?: pg.Pool };

/**
 * A few plain `pg` connections for the hot write paths that citizens hit in
 * bursts (feedback, comments). Prisma's engine costs about a millisecond of
 * CPU a query on top of the driver: on a path of one or two statements that
 * is most of the request. Everything else uses db().
 */
function rawPool(): pg.Pool {
  if (!globalForRaw.rawPool) {
    const pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
      max: 6,
      connectionTimeoutMillis: 5_000,
      // As db()'s transactions: a statement stuck behind locks fails (and
      // stores nothing) rather than hold a citizen's request forever.
      statement_timeout: 20_000,
      allowExitOnIdle: true,
    });
    // An idle connection closed by the server (a restart) is replaced on the
    // next query; it must not bring the process down.
    pool.on('error', (error) => console.error('Database connection lost', error.message));
    globalForRaw.rawPool = pool;
  }
  return globalForRaw.rawPool;
}

/**
 * Runs one statement built with Prisma.sql on the raw pool. Dates are sent as
 * UTC, as Prisma does. With `name` (a statement whose text never changes) it
 * is prepared once per connection, so PostgreSQL stops parsing and planning
 * it on every call.
 */
export async function rawRows<T>(sql: Prisma.Sql, name?: string): Promise<T[]> {
  const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await rawPool().query({ name, text: sql.text, values });
  return result.rows as T[];
}

/** Closes the raw pool (tests, scripts): the next query opens a new one. */
export async function closeRawPool(): Promise<void> {
  const pool = globalForRaw.rawPool;
  globalForRaw.rawPool = undefined;
  await pool?.end();
}
