import 'server-only';
import type { Actor } from '../core/actor';
import { ConflictError, NotFoundError } from '../core/errors';
import { authorize } from '../core/policy';
import { hasOpenRevision, nextState, WORKFLOW } from '../core/states';
import { inTransaction, type Tx } from '../workflow/tx';
import { liveContent, writeContent } from './apply';
import { parsePlanContent } from './content';
import { type PlanResult, planResult } from './result';
import {
  applyPlanStep,
  auditPlanRevision,
  loadPlanRevision,
  lockPlan,
  NO_SUCH_PLAN,
  revisionContent,
  STALE_PLAN,
} from './tx';

/** The live revision, replaced by its successor: PUBLISHED -> SUPERSEDED. */
async function supersede(tx: Tx, actor: Actor, liveRevisionId: string): Promise<void> {
  const live = await loadPlanRevision(tx, liveRevisionId);
  const to = nextState(live.state, 'supersede');
  if (!to) throw new ConflictError(STALE_PLAN);
  const { count } = await tx.planRevision.updateMany({
    where: { id: live.id, state: live.state, version: live.version },
    data: { state: to, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(STALE_PLAN);
  await auditPlanRevision(tx, actor, { id: live.id, action: 'supersede', from: live.state, to });
}

/**
 * "Phê duyệt": SUBMITTED -> PUBLISHED at once, by an approver who neither
 * wrote, edited nor submitted it. Its content becomes what the public reads
 * (the plan's rows and items, in the same transaction); the revision it
 * replaces becomes SUPERSEDED.
 */
export async function approvePlanRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  now: Date = new Date(),
): Promise<PlanResult> {
  return inTransaction(async (tx) => {
    const found = await loadPlanRevision(tx, revisionId);
    await lockPlan(tx, found.planId);
    const revision = await loadPlanRevision(tx, revisionId);
    if (revision.version !== expectedVersion) throw new ConflictError(STALE_PLAN);
    authorize(actor, 'approve', revision);
    const plan = await tx.communicationPlan.findUniqueOrThrow({ where: { id: revision.planId } });
    if (plan.liveRevisionId) await supersede(tx, actor, plan.liveRevisionId);
    const approved = await applyPlanStep(tx, actor, revision, {
      action: 'approve',
      data: { approverId: actor.id, approvedAt: now, publishedAt: now },
    });
    await writeContent(tx, plan.id, parsePlanContent({ ...revision, items: revision.items }));
    await tx.communicationPlan.update({
      where: { id: plan.id },
      data: { liveRevisionId: approved.id, publishedAt: plan.publishedAt ?? now },
    });
    return planResult(tx, approved, true);
  });
}

/**
 * "Sửa đổi kế hoạch": a new revision (number + 1) copied from what the
 * public reads now, a DRAFT of the actor's; refused while another revision
 * is on its way. A plan imported by the seed (no revision yet) is amended
 * the same way: its first revision starts from its rows.
 */
export async function amendPlan(actor: Actor, planId: string): Promise<PlanResult> {
  return inTransaction(async (tx) => {
    await lockPlan(tx, planId);
    const plan = await tx.communicationPlan.findUnique({
      where: { id: planId },
      include: { liveRevision: true, revisions: { select: { state: true, number: true } } },
    });
    if (!plan?.publishedAt) throw new NotFoundError('Kế hoạch này chưa được công bố.');
    // An imported plan stands for a published revision nobody on staff wrote.
    authorize(
      actor,
      'amend',
      plan.liveRevision ?? {
        state: 'PUBLISHED',
        authorId: '',
        contributorIds: [],
        submitterId: null,
      },
    );
    if (hasOpenRevision(plan.revisions.map((r) => r.state))) {
      throw new ConflictError(
        'Kế hoạch này đang có một bản sửa chưa công bố: hãy hoàn tất bản đó trước.',
      );
    }
    const created = await tx.planRevision.create({
      data: {
        ...revisionContent(await liveContent(tx, planId)),
        planId,
        number: Math.max(0, ...plan.revisions.map((r) => r.number)) + 1,
        state: WORKFLOW.initial,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await auditPlanRevision(tx, actor, {
      id: created.id,
      action: 'amend',
      from: null,
      to: created.state,
    });
    return planResult(tx, created, false);
  });
}

export { NO_SUCH_PLAN };
