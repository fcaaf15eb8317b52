import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { SAFETY_NET_SECONDS } from './policy.mjs';

type Options<A extends unknown[]> = {
  /** Unique across the app: part of the cache key. */
  key: string;
  /** Tags for this call, from lib/cache/tags.ts; may depend on the arguments. */
  tags: (...args: A) => string[];
};

/**
 * Wraps an uncached loader in Next's data cache, tagged per call, and in
 * React's per-request memo so generateMetadata and the page share one read.
 * Results cross a JSON boundary: loaders return plain DTOs with ISO dates.
 * Tests call the uncached loader; this needs Next's request context.
 */
export function cached<A extends unknown[], R>(
  load: (...args: A) => Promise<R>,
  { key, tags }: Options<A>,
): (...args: A) => Promise<R> {
  return cache((...args: A) =>
    unstable_cache(load, [key], { tags: tags(...args), revalidate: SAFETY_NET_SECONDS })(...args),
  );
}
