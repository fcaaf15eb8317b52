import { beforeAll, beforeEach } from 'vitest';
import { db } from '../../lib/db/client';
import { truncateAll } from '../../lib/db/reset';
import { env } from '../../lib/env';
import { type Cast, cast } from './workflow-fixtures';

/**
 * The shared set-up of the integration tests. The database they run on is
 * chosen by global-setup.ts and handed to each file by setup-db-env.ts; the
 * product's own Prisma client (lib/db) talks to it.
 */

/** Empties every table of the test database. */
export async function resetDatabase(): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set for the integration tests');
  await truncateAll(url);
}

/** An empty database before each test (or, with `once`, once before the file's tests). */
export function emptyDatabaseEachTest({ once = false } = {}): void {
  (once ? beforeAll : beforeEach)(resetDatabase);
}

/**
 * An empty database and a fresh cast (two editors, two approvers, an admin,
 * a category) before each test, or once with `once`; the object returned is
 * filled in place, so tests read `c.editor` after the hook ran. `warm` opens
 * pooled connections first (see warmPool).
 */
export function castEachTest({ once = false, warm = false } = {}): Cast {
  const filled = {} as Cast;
  (once ? beforeAll : beforeEach)(async () => {
    await resetDatabase();
    Object.assign(filled, await cast());
    if (warm) await warmPool();
  });
  return filled;
}

/**
 * Opens `size` pooled connections now, so that transactions started together
 * in a race test each get a connection at once and really overlap, instead
 * of the second waiting out a connection handshake while the first commits.
 */
export async function warmPool(size = 8): Promise<void> {
  await Promise.all(
    Array.from({ length: size }, () => db().$queryRaw`SELECT 1 FROM pg_sleep(0.02)`),
  );
}
