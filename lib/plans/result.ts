import 'server-only';
import { cacheTags } from '../cache/tags';
import type { PlanRevision } from '../generated/prisma/client';
import type { Tx } from '../workflow/tx';

/** What a step did: the revision as now stored, and the public cache tags to expire after it. */
export type PlanResult = {
  revision: Pick<PlanRevision, 'id' | 'version' | 'state' | 'planId'>;
  year: number;
  tags: string[];
};

/** What to expire when a plan's public content changes: its page, the years list, the sitemap. */
export function tagsForPlan(year: number): string[] {
  return [cacheTags.plan(year), cacheTags.plans];
}

/** The result of a step; `publicChanged` when readers now see something else. */
export async function planResult(
  tx: Tx,
  r: PlanRevision,
  publicChanged: boolean,
): Promise<PlanResult> {
  const { year } = await tx.communicationPlan.findUniqueOrThrow({ where: { id: r.planId } });
  const { id, version, state, planId } = r;
  return {
    revision: { id, version, state, planId },
    year,
    tags: publicChanged ? tagsForPlan(year) : [],
  };
}
