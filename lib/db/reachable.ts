import pg from 'pg';
import { env } from '../env';

const TIMEOUT_MS = 1_000;
const REMEMBER_MS = 1_000;

type Probe = { at: number; ok: Promise<boolean> };
const holder = globalThis as unknown as { __databaseProbe?: Probe };

/**
 * Whether the database answers `SELECT 1` within a second, asked at most
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
