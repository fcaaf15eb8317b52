import type { Prisma } from '../generated/prisma/client';

/**
 * The one filter for "a plan the public may see": its first publication
 * has happened (imported plans on import, staff plans when a revision is
 * approved). A draft plan has none; a draft amendment lives on its revision,
 * never on the rows read here. Page, years list and sitemap use it.
 */
export function publishedPlan(now: Date = new Date()): Prisma.CommunicationPlanWhereInput {
  return { publishedAt: { not: null, lte: now } };
}
