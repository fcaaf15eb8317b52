import 'server-only';
import type { Actor } from '../core/actor';
import { auditActionLabel, stateChangeLabel } from '../core/labels';
import { authorize, can } from '../core/policy';
import { db } from '../db/client';
import type { PlanRevision } from '../generated/prisma/client';
import type { RevisionState } from '../generated/prisma/enums';
import { liveContent } from './apply';
import { type PlanContent, parsePlanContent } from './content';
import { diffPlans, type PlanDiff } from './diff';

/** Staff reads of plans: every state, for every staff role (admins read only). */

export type StaffPlanRow = {
  id: string;
  year: number;
  title: string;
  /** The newest revision's state; an imported plan never amended reads as published. */
  state: RevisionState;
  published: boolean;
};

/** Every plan, newest year first, with its newest revision's title and state. */
export async function listPlansForStaff(actor: Actor): Promise<StaffPlanRow[]> {
  authorize(actor, 'viewDashboard');
  const rows = await db().communicationPlan.findMany({
    orderBy: { year: 'desc' },
    select: {
      id: true,
      year: true,
      title: true,
      publishedAt: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { title: true, state: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    year: row.year,
    title: row.revisions[0]?.title ?? row.title,
    state: row.revisions[0]?.state ?? 'PUBLISHED',
    published: row.publishedAt !== null,
  }));
}

export type PlanRights = {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  reject: boolean;
  amend: boolean;
};

/** A stored revision's content (its items were checked when saved). */
export function contentOfRevision(r: PlanRevision): PlanContent {
  return parsePlanContent({ ...r, items: r.items });
}

function rightsOf(actor: Actor, current: PlanRevision | undefined, published: boolean): PlanRights {
  const open = current && current.state !== 'PUBLISHED' && current.state !== 'SUPERSEDED';
  const liveSubject = current?.state === 'PUBLISHED' ? current : null;
  const imported = {
    state: 'PUBLISHED' as const,
    authorId: '',
    contributorIds: [],
    submitterId: null,
  };
  return {
    edit: current ? can(actor, 'edit', current) : false,
    submit: current ? can(actor, 'submit', current) : false,
    approve: current ? can(actor, 'approve', current) : false,
    reject: current ? can(actor, 'reject', current) : false,
    amend: published && !open && can(actor, 'amend', liveSubject ?? imported),
  };
}

async function historyOf(revisionIds: string[]) {
  const rows = await db().auditEvent.findMany({
    where: { entityType: 'plan-revision', entityId: { in: revisionIds } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    include: { actor: { select: { name: true } } },
  });
  return rows.map((e) => ({
    id: String(e.id),
    at: e.at.toISOString(),
    actorName: e.actor?.name ?? null,
    actionLabel: auditActionLabel(e.action, 'plan-revision'),
    stateChange: stateChangeLabel(e.fromState, e.toState),
    note: e.note,
    revisionId: e.entityId,
  }));
}

/**
 * One plan for its staff screen: the newest revision (its content and
 * state), what the actor may do, every revision, the audit history, and a
 * diff: the open revision against what the public reads, or with
 * `compareId` that revision against the one before it.
 */
export async function getPlanForStaff(actor: Actor, id: string, compareId?: string) {
  authorize(actor, 'viewDashboard');
  const plan = await db().communicationPlan.findUnique({
    where: { id },
    include: {
      revisions: { orderBy: { number: 'desc' }, include: { author: { select: { name: true } } } },
    },
  });
  if (!plan) return null;
  const current = plan.revisions[0];
  const published = plan.publishedAt !== null;
  const live = published ? await liveContent(db(), plan.id) : null;
  const compared = plan.revisions.find((r) => r.id === compareId);
  let diff: PlanDiff | null = null;
  let diffOf: { number: number; against: number | null } | null = null;
  if (compared) {
    const before = plan.revisions.find((r) => r.number === compared.number - 1);
    diff = diffPlans(before ? contentOfRevision(before) : null, contentOfRevision(compared));
    diffOf = { number: compared.number, against: before?.number ?? null };
  } else if (current && current.state !== 'PUBLISHED' && current.state !== 'SUPERSEDED') {
    diff = diffPlans(live, contentOfRevision(current));
  }
  return {
    id: plan.id,
    year: plan.year,
    published,
    current: current ? { ...current, content: contentOfRevision(current) } : null,
    live,
    rights: rightsOf(actor, current, published),
    revisions: plan.revisions.map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state,
      authorName: r.author.name,
    })),
    history: await historyOf(plan.revisions.map((r) => r.id)),
    diff,
    diffOf,
  };
}

export type StaffPlan = NonNullable<Awaited<ReturnType<typeof getPlanForStaff>>>;
