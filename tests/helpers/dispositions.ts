import type { Actor } from '../../lib/core/actor';
import { db } from '../../lib/db/client';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { commentAccepted } from './comments';

/** Comments sent by citizens, then published by `moderator`: returns their ids in order. */
export async function publishedComments(
  moderator: Actor,
  slug: string,
  forms: Parameters<typeof commentAccepted>[1][],
): Promise<string[]> {
  const ids: string[] = [];
  for (const form of forms) ids.push((await commentAccepted(slug, form)).id);
  const rows = await db().feedback.findMany({ where: { id: { in: ids } } });
  await moderateFeedback(
    moderator,
    rows.map((r) => ({ id: r.id, version: r.version })),
    { decision: 'publish' },
  );
  return ids;
}

/** The register's version as stored now (0: none yet), as a staff form would carry it. */
export async function registerVersion(consultationId: string): Promise<number> {
  const r = await db().dispositionRegister.findUnique({ where: { consultationId } });
  return r?.version ?? 0;
}
