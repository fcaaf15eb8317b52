import type { PrismaClient } from '../generated/prisma/client';
import { seedPlan, seedPlanItems } from './content/plan';

export type PlanSeedResult = { created: boolean; solutionIds: string[] };

/**
 * Creates the 2023 communication plan with all its items in one transaction,
 * positions numbered from 1 within each kind. A plan that exists for the year
 * is left alone (editors may have replaced the summary wording or removed an
 * item), so a second run neither duplicates nor resurrects anything.
 * Returns the ids of its solutions, which the seeded article reports on.
 */
export async function ensurePlan(db: PrismaClient): Promise<PlanSeedResult> {
  const existing = await db.communicationPlan.findUnique({
    where: { year: seedPlan.year },
    select: { id: true },
  });
  const created = !existing;
  const planId = existing
    ? existing.id
    : await db.$transaction(async (tx) => {
        const plan = await tx.communicationPlan.create({
          // Imported from the source text: public on import.
          data: { ...seedPlan, publishedAt: new Date() },
          select: { id: true },
        });
        const seen = new Map<string, number>();
        await tx.planItem.createMany({
          data: seedPlanItems.map((item) => {
            const position = (seen.get(item.kind) ?? 0) + 1;
            seen.set(item.kind, position);
            return { ...item, planId: plan.id, position };
          }),
        });
        return plan.id;
      });
  const solutions = await db.planItem.findMany({
    where: { planId, kind: 'SOLUTION' },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  return { created, solutionIds: solutions.map((s) => s.id) };
}
