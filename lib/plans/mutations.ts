import 'server-only';
import { z } from 'zod';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import type { Actor } from '../core/actor';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { authorize } from '../core/policy';
import type { PlanRevision } from '../generated/prisma/client';
import { inTransaction, type Tx } from '../workflow/tx';
import { type PlanContent, parsePlanContent } from './content';
import { type PlanResult, planResult } from './result';
import {
  applyPlanStep,
  auditPlanRevision,
  loadPlanRevision,
  revisionContent,
  STALE_PLAN,
} from './tx';

export type { PlanResult };

const yearSchema = z.coerce
  .number({ error: 'Hãy nhập năm của kế hoạch.' })
  .int('Năm không hợp lệ.')
  .min(2000, 'Năm không hợp lệ.')
  .max(2100, 'Năm không hợp lệ.');

/**
 * A new year's plan with its revision 1 as a DRAFT written by the actor.
 * The plan is no one's to read until an approver who did not write it
 * approves a revision (publishedAt stays null until then).
 */
export async function createPlan(
  actor: Actor,
  input: { year?: unknown; content: unknown },
): Promise<PlanResult> {
  authorize(actor, 'createArticle');
  const yearParsed = yearSchema.safeParse(input.year);
  let content: PlanContent | null = null;
  let errors: Record<string, string[]> = {};
  try {
    content = parsePlanContent(input.content);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    errors = { ...e.fieldErrors };
  }
  if (!yearParsed.success) errors.year = ['Hãy nhập năm của kế hoạch (4 chữ số).'];
  if (!content || !yearParsed.success) throw new ValidationError(errors);
  const year = yearParsed.data;
  const plan = content;
  return inTransaction(async (tx) => {
    if (await tx.communicationPlan.findUnique({ where: { year }, select: { id: true } })) {
      throw new ValidationError({ year: [`Đã có kế hoạch truyền thông năm ${year}.`] });
    }
    const { title, decisionRef, basis, summary } = plan;
    const row = await tx.communicationPlan.create({
      data: { year, title, decisionRef, basis, summary },
    });
    const revision = await tx.planRevision.create({
      data: {
        ...revisionContent(plan),
        planId: row.id,
        number: 1,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await auditPlanRevision(tx, actor, {
      id: revision.id,
      action: 'create',
      from: null,
      to: revision.state,
    });
    return planResult(tx, revision, false);
  });
}

export function submitStep(actor: Actor) {
  return {
    action: 'submit',
    data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
  } as const;
}

/** One step on a revision as the actor saw it (id and version), in its own transaction. */
function step(
  revisionId: string,
  expectedVersion: number,
  run: (tx: Tx, revision: PlanRevision) => Promise<PlanRevision>,
): Promise<PlanResult> {
  return inTransaction(async (tx) => {
    const revision = await loadPlanRevision(tx, revisionId);
    if (revision.version !== expectedVersion) throw new ConflictError(STALE_PLAN);
    return planResult(tx, await run(tx, revision), false);
  });
}

/**
 * "Lưu nháp" (and "Gửi duyệt" with `submit`) over the revision the editor
 * loaded; editing joins the actor to the contributors, so they may not
 * approve it.
 */
export async function savePlanRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: unknown,
  options: { submit?: boolean } = {},
): Promise<PlanResult> {
  const content = parsePlanContent(input);
  return step(revisionId, expectedVersion, async (tx, existing) => {
    const contributorIds = [...new Set([...existing.contributorIds, actor.id])];
    const saved = await applyPlanStep(tx, actor, existing, {
      action: 'edit',
      data: { ...revisionContent(content), contributorIds },
    });
    return options.submit ? applyPlanStep(tx, actor, saved, submitStep(actor)) : saved;
  });
}

/** DRAFT or REJECTED -> SUBMITTED; the submitter may not then approve it. */
export function submitPlanRevision(actor: Actor, revisionId: string, expectedVersion: number) {
  return step(revisionId, expectedVersion, (tx, r) =>
    applyPlanStep(tx, actor, r, submitStep(actor)),
  );
}

/** SUBMITTED -> REJECTED with a required reason, shown to whoever wrote it. */
export function rejectPlanRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return step(revisionId, expectedVersion, (tx, r) =>
    applyPlanStep(tx, actor, r, {
      action: 'reject',
      data: { rejectionNote: reason },
      note: reason,
    }),
  );
}
