import 'server-only';
import { tagsForEvent } from '../cache/tags';
import type { EventRevision } from '../generated/prisma/client';
import type { Tx } from '../workflow/tx';

/** What a step did: the revision as now stored, and the public cache tags to expire after it. */
export type EventResult = {
  revision: Pick<EventRevision, 'id' | 'version' | 'state' | 'eventId'>;
  slug: string;
  tags: string[];
};

/** The result of a step; `publicChanged` when readers now see something else. */
export async function eventResultOf(
  tx: Tx,
  r: EventRevision,
  publicChanged: boolean,
): Promise<EventResult> {
  const { slug } = await tx.event.findUniqueOrThrow({ where: { id: r.eventId } });
  const { id, version, state, eventId } = r;
  return {
    revision: { id, version, state, eventId },
    slug,
    tags: publicChanged ? tagsForEvent(slug) : [],
  };
}
