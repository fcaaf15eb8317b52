import 'server-only';
import type { Actor } from '../core/actor';
import { authorize } from '../core/policy';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import type { CommentStance } from '../generated/prisma/enums';

type ByStance = Record<CommentStance, number>;
const zero = (): ByStance => ({ AGREE: 0, DISAGREE: 0, OTHER: 0 });

export type SummaryUnit = {
  /** Anchor in the live version; '' for the whole draft; null for a unit a redraft dropped. */
  anchor: string | null;
  stance: ByStance;
  total: number;
  pending: number;
  published: number;
};

export type CommentSummary = {
  total: number;
  /** Per live unit, the whole draft and dropped units, the most commented first. */
  units: SummaryUnit[];
  /** Per Vietnamese calendar day ("2026-06-30"), oldest first. */
  days: { day: string; stance: ByStance; total: number }[];
  /** Groups of copies, the largest first (at most 20). */
  groups: {
    key: string;
    size: number;
    stance: CommentStance;
    anchor: string | null;
    excerpt: string;
  }[];
};

type UnitRow = {
  anchor: string | null;
  dropped: boolean;
  stance: CommentStance;
  state: string;
  n: number;
};

/**
 * The staff's live view of a consultation's comments, received (pending or
 * published; not refused, not withdrawn): counts by stance per unit of the
 * live version (comments follow their unit through redrafts) and per day in
 * Vietnam time, the most commented units, the groups of copies. Staff only.
 */
export async function getCommentSummary(
  actor: Actor,
  consultationId: string,
): Promise<CommentSummary> {
  authorize(actor, 'viewDashboard');
  const live = Prisma.sql`f."consultationId" = ${consultationId}
    AND f.state IN ('PENDING', 'PUBLISHED', 'HIDDEN')`;
  const [units, days, groups] = await Promise.all([
    db().$queryRaw<
      UnitRow[]
    >`SELECT u.anchor, (f."unitId" IS NOT NULL AND f."liveUnitId" IS NULL) AS dropped,
              f.stance, f.state::text AS state, count(*)::int AS n
       FROM "Feedback" f LEFT JOIN "DraftUnit" u ON u.id = f."liveUnitId"
       WHERE ${live} GROUP BY 1, 2, 3, 4`,
    db().$queryRaw<
      { day: string; stance: CommentStance; n: number }[]
    >`SELECT to_char((f."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS day,
              f.stance, count(*)::int AS n
       FROM "Feedback" f WHERE ${live} GROUP BY 1, 2 ORDER BY 1`,
    db().$queryRaw<
      CommentSummary['groups']
    >`SELECT f."groupId" AS key, count(*)::int AS size, min(f.stance::text) AS stance,
              min(u.anchor) AS anchor, left(min(g.body), 160) AS excerpt
       FROM "Feedback" f JOIN "Feedback" g ON g.id = f."groupId"
       LEFT JOIN "DraftUnit" u ON u.id = f."liveUnitId"
       WHERE ${live} AND f."groupId" IS NOT NULL
       GROUP BY f."groupId" HAVING count(*) > 1 ORDER BY 2 DESC, 1 LIMIT 20`,
  ]);
  return {
    total: units.reduce((n, r) => n + r.n, 0),
    units: byUnit(units),
    days: byDay(days),
    groups,
  };
}

function byUnit(rows: UnitRow[]): SummaryUnit[] {
  const out = new Map<string, SummaryUnit>();
  for (const r of rows) {
    const anchor = r.dropped ? null : (r.anchor ?? '');
    const key = anchor ?? '\u0000dropped';
    const unit = out.get(key) ?? { anchor, stance: zero(), total: 0, pending: 0, published: 0 };
    unit.stance[r.stance] += r.n;
    unit.total += r.n;
    if (r.state === 'PENDING') unit.pending += r.n;
    if (r.state === 'PUBLISHED') unit.published += r.n;
    out.set(key, unit);
  }
  return [...out.values()].sort((a, b) => b.total - a.total);
}

function byDay(rows: { day: string; stance: CommentStance; n: number }[]) {
  const out = new Map<string, { day: string; stance: ByStance; total: number }>();
  for (const r of rows) {
    const day = out.get(r.day) ?? { day: r.day, stance: zero(), total: 0 };
    day.stance[r.stance] += r.n;
    day.total += r.n;
    out.set(r.day, day);
  }
  return [...out.values()];
}
