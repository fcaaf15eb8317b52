import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Expires cache tags at once (not stale-while-revalidate): an unpublished
 * article must vanish on the next request. Works in Server Actions and Route
 * Handlers; outside a request (tests, scripts) there is no cache to expire.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!String(error).includes('static generation store missing')) throw error;
    }
  }
}
