import 'server-only';
import { published, publishedEvent } from '../core/published';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import type { EventKind, PlanItemKind } from '../generated/prisma/enums';
import { dayOf } from './day';
import { publishedPlan } from './published';

export type PlanArticleDto = { slug: string; title: string; publishedAt: string };
export type PlanEventDto = {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: string;
  /** When it is over: an event counts as held (an activity done) from then. */
  endsAt: string;
  publishedAt: string;
  place: string;
  description: string;
};
export type PlanItemDto = {
  id: string;
  kind: PlanItemKind;
  title: string;
  body: string;
  /** The portal's own summary wording, not the plan's text. */
  isSummary: boolean;
  /** An activity's solution, target day ("2024-06-30", Vietnam time) and responsible unit. */
  parentId: string | null;
  targetDate: string | null;
  unit: string;
  articles: PlanArticleDto[];
  events: PlanEventDto[];
};
export type PlanDto = {
  year: number;
  title: string;
  decisionRef: string;
  basis: string;
  summary: string;
  items: Record<PlanItemKind, PlanItemDto[]>;
};

function planSelect(now: Date) {
  return {
    year: true,
    title: true,
    decisionRef: true,
    basis: true,
    summary: true,
    items: {
      orderBy: [{ kind: 'asc' as const }, { position: 'asc' as const }],
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        isSummary: true,
        parentId: true,
        targetDate: true,
        unit: true,
        // Only what the public may see carries a plan item out in public.
        articles: {
          where: { article: published(now) },
          orderBy: { article: { publishedAt: 'desc' as const } },
          select: {
            article: {
              select: { slug: true, publishedAt: true, liveRevision: { select: { title: true } } },
            },
          },
        },
        events: {
          where: { event: publishedEvent(now) },
          orderBy: { event: { startsAt: 'asc' as const } },
          select: {
            event: {
              select: {
                id: true,
                kind: true,
                title: true,
                startsAt: true,
                endsAt: true,
                publishedAt: true,
                place: true,
                description: true,
              },
            },
          },
        },
      },
    },
  };
}

type PlanRow = NonNullable<Awaited<ReturnType<typeof queryPlan>>>;
type ItemRow = PlanRow['items'][number];

function queryPlan(year: number) {
  const now = new Date();
  return db().communicationPlan.findFirst({
    where: { year, ...publishedPlan(now) },
    select: planSelect(now),
  });
}

function toItem(item: ItemRow): PlanItemDto {
  const articles = item.articles.flatMap(({ article }) =>
    article.liveRevision && article.publishedAt
      ? [
          {
            slug: article.slug,
            title: article.liveRevision.title,
            publishedAt: article.publishedAt.toISOString(),
          },
        ]
      : [],
  );
  const events = item.events.map(({ event }) => ({
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    // An event without a stated end counts as held once it has started.
    endsAt: (event.endsAt ?? event.startsAt).toISOString(),
    publishedAt: (event.publishedAt ?? event.startsAt).toISOString(),
    place: event.place,
    description: event.description,
  }));
  const { id, kind, title, body, isSummary, parentId, unit } = item;
  const targetDate = dayOf(item.targetDate);
  return { id, kind, title, body, isSummary, parentId, targetDate, unit, articles, events };
}

/**
 * The published communication plan of `year` with its items grouped by
 * kind, each in its set order, and under each item the published articles
 * and events that carry it out. Null when there is none (or only a draft).
 */
export async function loadPlan(year: number): Promise<PlanDto | null> {
  if (!Number.isSafeInteger(year)) return null;
  const plan = await queryPlan(year);
  if (!plan) return null;
  const items: Record<PlanItemKind, PlanItemDto[]> = {
    PURPOSE: [],
    PRINCIPLE: [],
    AUDIENCE: [],
    SOLUTION: [],
    CHANNEL: [],
    ACTIVITY: [],
  };
  for (const item of plan.items) items[item.kind].push(toItem(item));
  const { title, decisionRef, basis, summary } = plan;
  return { year: plan.year, title, decisionRef, basis, summary, items };
}

export const getPlan = cached(loadPlan, {
  key: 'plan',
  tags: (year) => [cacheTags.plan(year), cacheTags.plans, cacheTags.articleLists],
});

/** Years that have a plan, newest first (navigation and home page). */
export async function loadPlanYears(): Promise<number[]> {
  const plans = await db().communicationPlan.findMany({
    where: publishedPlan(),
    orderBy: { year: 'desc' },
    select: { year: true },
  });
  return plans.map((p) => p.year);
}

export const getPlanYears = cached(loadPlanYears, {
  key: 'plan-years',
  tags: () => [cacheTags.plans],
});
