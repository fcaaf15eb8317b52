import { truncateAll } from '../../lib/db/reset';
import { env } from '../../lib/env';

/** Empties every table of the test database. Call in beforeEach/beforeAll. */
export async function resetDatabase(): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set for the integration tests');
  await truncateAll(url);
}
