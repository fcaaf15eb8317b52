import { db } from '../../lib/db/client';
import { truncateAll } from '../../lib/db/reset';
import { env } from '../../lib/env';

/** Empties every table of the test database. Call in beforeEach/beforeAll. */
export async function resetDatabase(): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set for the integration tests');
  await truncateAll(url);
}

/**
 * Opens `size` pooled connections now, so that transactions started together
 * in a race test each get a connection at once and really overlap, instead
 * of the second waiting out a connection handshake while the first commits.
 */
export async function warmPool(size = 8): Promise<void> {
  await Promise.all(Array.from({ length: size }, () => db().$queryRaw`SELECT 1 FROM pg_sleep(0.02)`));
}
