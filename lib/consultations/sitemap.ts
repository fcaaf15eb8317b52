import 'server-only';
import { db } from '../db/client';
import { publishedConsultation } from './published';

export type SitemapConsultation = { slug: string; modifiedAt: string };

/** Every published consultation, dated by when its live version went public. */
export async function loadSitemapConsultations(): Promise<SitemapConsultation[]> {
  const rows = await db().consultation.findMany({
    where: publishedConsultation(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { slug: true, publishedAt: true, liveVersion: { select: { publishedAt: true } } },
  });
  return rows.flatMap((row) => {
    const at = row.liveVersion?.publishedAt ?? row.publishedAt;
    return at ? [{ slug: row.slug, modifiedAt: at.toISOString() }] : [];
  });
}
