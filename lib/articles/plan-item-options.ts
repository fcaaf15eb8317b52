import 'server-only';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';

/** One choice of a staff combobox. */
export type PlanItemOption = { value: string; label: string };

/** The plan items staff may link content to, and the plan's title for the field's hint. */
export type PlanItemChoices = { planItems: PlanItemOption[]; planTitle: string | null };

type PlanOptionRow = {
  year: number;
  items: { id: string; kind: string; title: string; parentId: string | null }[];
};

/**
 * The published plans' key solutions and planned activities, which an
 * article or an event may carry out: the one list both staff forms offer.
 * Callers check the actor. Read uncached, so a plan approved a second ago
 * is offered at once. Only a published plan's items exist as rows; a draft
 * plan has none yet.
 */
export async function listPlanItemChoices(now: Date = new Date()): Promise<PlanItemChoices> {
  const plans = await db().communicationPlan.findMany({
    // publishedPlan()'s filter, not imported: lib/plans reads lib/articles.
    where: { publishedAt: { not: null, lte: now } },
    orderBy: { year: 'desc' },
    select: {
      year: true,
      title: true,
      items: {
        where: { kind: { in: ['SOLUTION', 'ACTIVITY'] } },
        orderBy: { position: 'asc' },
        select: { id: true, kind: true, title: true, parentId: true },
      },
    },
  });
  return {
    planItems: plans.flatMap((p) => planItemOptions(p, plans.length > 1)),
    planTitle: plans[0]?.title ?? null,
  };
}

/**
 * A plan's key solutions, each followed by its planned activities, as the
 * combobox offers them: "Giải pháp 2: …", "Hoạt động của giải pháp 2: …",
 * prefixed with the year when several plans are offered.
 */
function planItemOptions(plan: PlanOptionRow, withYear: boolean): PlanItemOption[] {
  const prefix = withYear ? `${plan.year} · ` : '';
  const solutions = plan.items.filter((i) => i.kind === 'SOLUTION');
  return solutions.flatMap((s, n) => [
    { value: s.id, label: `${prefix}Giải pháp ${n + 1}: ${s.title}` },
    ...plan.items
      .filter((a) => a.kind === 'ACTIVITY' && a.parentId === s.id)
      .map((a) => ({
        value: a.id,
        label: `${prefix}Hoạt động của giải pháp ${n + 1}: ${a.title}`,
      })),
  ]);
}

/**
 * Every plan item in `ids` exists. Checked inside the mutation's
 * transaction so an unknown id saves nothing.
 */
export async function allPlanItemsExist(
  tx: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<boolean> {
  if (ids.length === 0) return true;
  return (await tx.planItem.count({ where: { id: { in: [...ids] } } })) === ids.length;
}
