import 'server-only';
import { revalidateTag } from 'next/cache';
import { expirePageMemo } from './memo-signal.mjs';

/**
 * Expires cache tags at once (not stale-while-revalidate): an unpublished
 * article must vanish on the next request. Works in Server Actions and Route
 * Handlers; outside a request (tests, scripts) there is no cache to expire.
 * The server's page memo in this process forgets everything with it; other
 * instances' memos learn of it through Redis (lib/cache/page-memo.mjs).
 */
export function expireTags(tags: Iterable<string>): void {
  const unique = new Set(tags);
  if (unique.size > 0) expirePageMemo();
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!String(error).includes('static generation store missing')) throw error;
    }
  }
}
