import { db } from '../../lib/db/client';
import type { CommunicationPlan, PlanItem } from '../../lib/generated/prisma/client';
import type { PlanItemKind } from '../../lib/generated/prisma/enums';

/**
 * Plans as the seed imports them: these write the rows the seed writes, in
 * the same shape (a plan public on import), for tests about reading them.
 * Plans written by staff go through lib/plans/mutations.ts; events linked
 * to plan items through lib/events (tests/helpers/events.ts).
 */

type PlanItemInput = { kind: PlanItemKind; title: string; body?: string; isSummary?: boolean };

/** A communication plan whose items keep the given order within each kind. */
export async function createPlan(
  year: number,
  items: PlanItemInput[],
): Promise<CommunicationPlan & { items: PlanItem[] }> {
  const position = new Map<PlanItemKind, number>();
  const rows = items.map((item) => {
    const p = (position.get(item.kind) ?? 0) + 1;
    position.set(item.kind, p);
    return { ...item, position: p };
  });
  return db().communicationPlan.create({
    data: {
      year,
      title: `Kế hoạch truyền thông năm ${year}`,
      basis: 'Chỉ thị số 07/CT-TTg ngày 21/3/2023',
      publishedAt: new Date(Date.now() - 60_000),
      items: { create: rows },
    },
    include: { items: { orderBy: [{ kind: 'asc' }, { position: 'asc' }] } },
  });
}
