// @ts-check
/**
 * The page memo's view of tag expiries made by other instances: the Redis
 * cache handler increments `{prefix}epoch` with every expiry it writes, and
 * this reads it every EXPIRY_POLL_MS (policy.mjs). A change calls `onChange`; a failed or slow
 * read calls it too and marks Redis unreachable until a read succeeds.
 */
import { createClient } from '@redis/client';
import { EXPIRY_FRESH_MS, EXPIRY_POLL_MS } from './policy.mjs';

/**
 * @param {{ url: string, key: string, now: () => number, onChange: () => void }} options
 */
export function watchExpiries({ url, key, now, onChange }) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  client.on('error', () => {
    // The cache handler reports outages; here one only means "keep nothing".
  });
  client.connect().catch(() => {});
  /** @type {string | null | undefined} */
  let seen;
  let readAt = Number.NEGATIVE_INFINITY;
  let busy = false;
  const slow = () =>
    new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), EXPIRY_FRESH_MS).unref());
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      if (!client.isReady) throw new Error('not connected');
      const value = /** @type {string | null} */ (await Promise.race([client.get(key), slow()]));
      if (seen !== undefined && value !== seen) onChange();
      seen = value;
      readAt = now();
    } catch {
      if (seen !== undefined) onChange();
      seen = undefined;
      readAt = Number.NEGATIVE_INFINITY;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(poll, EXPIRY_POLL_MS);
  timer.unref();
  void poll();
  return {
    /** Whether the last read succeeded recently enough to trust the memo. */
    fresh: () => now() - readAt < EXPIRY_FRESH_MS,
    async close() {
      clearInterval(timer);
      await client.close().catch(() => {});
    },
  };
}
