import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { Tx } from '../workflow/tx';
import { matchUnits } from './match-units';
import { parseDraft } from './parse-draft';

type VersionText = { id: string; draftText: string };

/**
 * Moves every comment shown on `previous` (the live version until now) to
 * the matching unit of `next`, the version being published: matchUnits
 * follows each unit by text and number, so an inserted Điều that renumbers
 * the rest keeps a comment on Điều 4 with the same text now numbered Điều
 * 5. A comment on a dropped unit keeps its own version's unit (unitId) and
 * loses its live one (shown under "dự thảo lần N"). Comments on the whole
 * draft stay so. Runs in the approving transaction; returns how many moved.
 */
export async function carryComments(
  tx: Tx,
  previous: VersionText,
  next: VersionText,
): Promise<number> {
  const mapping = matchUnits(parseDraft(previous.draftText), parseDraft(next.draftText));
  const units = await tx.draftUnit.findMany({
    where: { versionId: { in: [previous.id, next.id] } },
    select: { id: true, anchor: true, versionId: true },
  });
  const idOf = (versionId: string, anchor: string) =>
    units.find((u) => u.versionId === versionId && u.anchor === anchor)?.id ?? null;
  const pairs = mapping.matches.flatMap((m) => {
    const from = idOf(previous.id, m.previous);
    return from ? [{ from, to: idOf(next.id, m.next) }] : [];
  });
  const dropped = mapping.removed.flatMap((anchor) => {
    const from = idOf(previous.id, anchor);
    return from ? [{ from, to: null }] : [];
  });
  const moves = [...pairs, ...dropped];
  if (moves.length === 0) return 0;
  const rows = moves.map((m) => Prisma.sql`(${m.from}, ${m.to})`);
  // One statement: old and new unit ids are distinct rows, so no move feeds another.
  return tx.$executeRaw`
    UPDATE "Feedback" f SET "liveUnitId" = m.to_id
    FROM (VALUES ${Prisma.join(rows)}) AS m(from_id, to_id)
    WHERE f."liveUnitId" = m.from_id`;
}
