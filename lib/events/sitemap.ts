import 'server-only';
import { publishedEvent } from '../core/published';
import { db } from '../db/client';

export type SitemapEvent = { slug: string; modifiedAt: string };

/** Every published event, the latest changed first, dated by when its live revision went public. */
export async function loadSitemapEvents(): Promise<SitemapEvent[]> {
  const rows = await db().event.findMany({
    where: publishedEvent(),
    select: { slug: true, publishedAt: true, liveRevision: { select: { publishedAt: true } } },
  });
  return rows
    .flatMap((row) => {
      const at = row.liveRevision?.publishedAt ?? row.publishedAt;
      return at ? [{ slug: row.slug, modifiedAt: at.toISOString() }] : [];
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
