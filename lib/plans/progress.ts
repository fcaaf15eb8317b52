import type { PlanDto, PlanItemDto } from './queries';
import {
  type ActivityStatus,
  activityStatus,
  countStatuses,
  type Evidence,
  type StatusCounts,
} from './status';

export type ActivityProgress = { item: PlanItemDto; status: ActivityStatus };

export type PlanProgress = {
  /** Each solution's planned activities, in plan order, with their status. */
  bySolution: Map<string, ActivityProgress[]>;
  /** Activities under no solution (older imports), in plan order. */
  unplaced: ActivityProgress[];
  counts: StatusCounts;
};

/** What the public DTO says about an item's linked work, as evidence. */
function evidenceOf(item: PlanItemDto): Evidence[] {
  return [
    ...item.articles.map((a) => ({
      kind: 'article' as const,
      publishedAt: new Date(a.publishedAt),
    })),
    ...item.events.map((e) => ({
      kind: 'event' as const,
      publishedAt: new Date(e.publishedAt),
      endsAt: new Date(e.endsAt),
    })),
  ];
}

/**
 * Planned against done at `now`: every activity's status, grouped under
 * its solution, and the plan's counts. Computed at render time (the data is
 * cached; whether a day is over is the clock's to say).
 */
export function planProgress(plan: PlanDto, now: Date): PlanProgress {
  const solutions = new Set(plan.items.SOLUTION.map((s) => s.id));
  const bySolution = new Map<string, ActivityProgress[]>();
  const unplaced: ActivityProgress[] = [];
  for (const item of plan.items.ACTIVITY) {
    const entry = { item, status: activityStatus(item.targetDate, evidenceOf(item), now) };
    const list =
      item.parentId && solutions.has(item.parentId) ? bySolution.get(item.parentId) : null;
    if (list) list.push(entry);
    else if (item.parentId && solutions.has(item.parentId)) bySolution.set(item.parentId, [entry]);
    else unplaced.push(entry);
  }
  const all = [...[...bySolution.values()].flat(), ...unplaced];
  return { bySolution, unplaced, counts: countStatuses(all.map((a) => a.status)) };
}
