import pg from 'pg';
import { env } from '../env';

/**
 * A database that answers slowly is busy, not down: a stopped or unreachable
 * server refuses at once, and only a hung one is told by silence. At 1 s, a
 * busy machine (a reading spike, two editors saving 100 KB drafts) took
 * longer to start a connection, and staff were shown the outage page for a
 * second while the database was working.
 */
const TIMEOUT_MS = 5_000;
const REMEMBER_MS = 1_000;

type Probe = { at: number; ok: Promise<boolean> };
const holder = globalThis as unknown as { __databaseProbe?: Probe };

/**
 * Whether the database answers `SELECT 1` within TIMEOUT_MS, asked at most
 * once a second per process (concurrent callers share one probe). A plain
 * connection of its own, not the app's pool: it must answer even when the
 * pool is exhausted or the Prisma client is not loaded (the proxy).
 */
export function databaseReachable(): Promise<boolean> {
  const now = Date.now();
  const last = holder.__databaseProbe;
  if (last && now - last.at < REMEMBER_MS) return last.ok;
  const ok = probe();
  holder.__databaseProbe = { at: now, ok };
  return ok;
}

async function probe(): Promise<boolean> {
  const url = env().DATABASE_URL;
  if (!url) return false;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
