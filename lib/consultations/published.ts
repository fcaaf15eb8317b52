import type { Prisma } from '../generated/prisma/client';

/**
 * The one filter for "a consultation the public may see": an approved
 * version is live and its first publication has happened. Every public read
 * of consultations (list, page, sitemap) uses it inside the query.
 */
export function publishedConsultation(now: Date = new Date()): Prisma.ConsultationWhereInput {
  return { liveVersionId: { not: null }, publishedAt: { not: null, lte: now } };
}
