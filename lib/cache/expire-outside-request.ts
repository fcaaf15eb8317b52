import 'server-only';
import { env } from '../env';
import { expirePageMemo } from './memo-signal.mjs';
import RedisCacheHandler from './redis-handler.mjs';

// Apart from expire.ts so that only the scheduler's bundle, not every
// Server Action's, carries the Redis handler and its client.

type TagExpiry = { revalidateTag(tags: string[]): Promise<void> };

/**
 * The tag expiry of the cache handler this server's Next uses. The Redis
 * handler keeps its connection and pending expiries per process, so a fresh
 * instance of it is the one Next uses. Next's default handler keeps tag
 * expiry times in one map per process, reached through the IncrementalCache
 * Next puts on globalThis for every request (its unstable_cache reads it
 * there too); before the first request nothing is cached, so none is needed.
 */
function serverTagExpiry(): TagExpiry | undefined {
  if (env().REDIS_URL) return new RedisCacheHandler();
  return (globalThis as { __incrementalCache?: TagExpiry }).__incrementalCache;
}

/**
 * expireTags for work that runs outside any request, such as the
 * scheduler's ticks: revalidateTag needs a request's context, so the tags
 * go straight to the cache handler, as Next itself passes them at the end of
 * a request that expired them, then the page memo forgets. Resolves once the
 * handler has recorded them.
 */
export async function expireTagsOutsideRequest(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  try {
    await serverTagExpiry()?.revalidateTag(unique);
  } finally {
    // After the handler: a request the memo passes on meanwhile must not
    // get, and keep, what the handler has not yet expired.
    expirePageMemo();
  }
}
