import { Prisma } from '../generated/prisma/client';
import type { Tx } from '../spam';

/** Trigram similarity from which two texts count as near-identical. */
export const NEAR_IDENTICAL = 0.8;
/**
 * How far back a group is looked for: the scope's latest items. Folding and
 * comparing costs about 20 µs an item in PostgreSQL, paid on every submission,
 * so the window is what keeps a submission within its time budget; a
 * campaign pasting one text keeps landing in it.
 */
const CANDIDATES = 100;
/** Only the beginning of long texts is compared: enough to tell, bounded in cost. */
const COMPARED = 500;

/**
 * Where copies are looked for: one article's feedback, or one consultation's
 * comments on one unit (null: the whole draft) with one stance, so "Đồng
 * tình" copies never join "Không đồng tình" ones.
 */
export type GroupScope =
  | { articleId: string }
  | {
      consultationId: string;
      unitId: string | null;
      stance: 'AGREE' | 'DISAGREE' | 'OTHER';
    };

function scopeSql(scope: GroupScope): Prisma.Sql {
  if ('articleId' in scope) return Prisma.sql`"articleId" = ${scope.articleId}`;
  const unit = scope.unitId
    ? Prisma.sql`"liveUnitId" = ${scope.unitId}`
    : Prisma.sql`"unitId" IS NULL`;
  return Prisma.sql`"consultationId" = ${scope.consultationId} AND ${unit}
    AND "stance" = ${scope.stance}::"CommentStance"`;
}

/**
 * The group a new text joins in its scope: the group of the most similar
 * recent item (identical, or differing in a few words, case, spaces or
 * diacritics), or null. The group is named by its first item, which is
 * marked as its own group's member the first time someone joins it, so that
 * `groupId = x` lists the whole group and a count needs no special case.
 * An item a moderator took out of its group (groupLocked, no group) is not
 * joined again.
 */
export async function joinGroup(tx: Tx, scope: GroupScope, body: string): Promise<string | null> {
  const text = body.slice(0, COMPARED);
  const rows = await tx.$queryRaw<{ id: string; groupId: string | null }[]>`
    SELECT c."id", c."groupId" FROM (
      SELECT "id", "groupId", "body" FROM "Feedback"
      WHERE ${scopeSql(scope)} AND "state" <> 'WITHDRAWN'
        AND NOT ("groupLocked" AND "groupId" IS NULL)
      ORDER BY "createdAt" DESC LIMIT ${CANDIDATES}
    ) c
    WHERE similarity(search_fold(left(c."body", ${COMPARED})), search_fold(${text})) >= ${NEAR_IDENTICAL}
    ORDER BY similarity(search_fold(left(c."body", ${COMPARED})), search_fold(${text})) DESC
    LIMIT 1`;
  const match = rows[0];
  if (!match) return null;
  if (match.groupId) return match.groupId;
  await tx.feedback.updateMany({
    where: { id: match.id, groupId: null },
    data: { groupId: match.id },
  });
  return match.id;
}
