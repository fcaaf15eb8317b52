import 'server-only';
import type { Actor } from '../core/actor';
import { NotFoundError } from '../core/errors';
import type { RevisionAction, RevisionState } from '../core/states';
import type { PlanRevision, Prisma } from '../generated/prisma/client';
import { applyRowStep, auditRow, type RowTable } from '../workflow/row-step';
import type { Tx } from '../workflow/tx';
import type { PlanContent } from './content';

export const STALE_PLAN =
  'Kế hoạch này vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; hãy mở lại trang trong một thẻ mới để xem bản mới nhất rồi thử lại.';
export const NO_SUCH_PLAN = 'Không tìm thấy kế hoạch này. Có thể đường dẫn không đúng.';

/** The revision, or NotFoundError (a forged or stale id). */
export async function loadPlanRevision(tx: Tx, id: string): Promise<PlanRevision> {
  const revision = await tx.planRevision.findUnique({ where: { id } });
  if (!revision) throw new NotFoundError(NO_SUCH_PLAN);
  return revision;
}

/** Where plan revisions live, for the articles' workflow steps (../workflow/row-step.ts). */
const REVISIONS: RowTable<PlanRevision, Prisma.PlanRevisionUncheckedUpdateManyInput> = {
  entityType: 'plan-revision',
  stale: STALE_PLAN,
  update: (tx, where, data) => tx.planRevision.updateMany({ where, data }),
  load: loadPlanRevision,
};

export type PlanStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject'>;
  data?: Prisma.PlanRevisionUncheckedUpdateManyInput;
  note?: string | null;
};

/** Every change of a plan revision's state: the articles' policy and transition table decide. */
export function applyPlanStep(
  tx: Tx,
  actor: Actor,
  revision: PlanRevision,
  step: PlanStep,
): Promise<PlanRevision> {
  return applyRowStep(tx, actor, REVISIONS, revision, step);
}

/** Appends the audit row of a plan revision's step, in the same transaction. */
export function auditPlanRevision(
  tx: Tx,
  actor: Actor,
  entry: { id: string; action: string; from: RevisionState | null; to: RevisionState },
): Promise<void> {
  return auditRow(tx, actor, 'plan-revision', entry);
}

/** Takes the plan's row lock (one open revision at a time, one live revision). */
export async function lockPlan(tx: Tx, planId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "CommunicationPlan" WHERE "id" = ${planId} FOR UPDATE`;
}

/** A revision's content columns from checked content. */
export function revisionContent(c: PlanContent) {
  const { title, decisionRef, basis, summary, items } = c;
  return { title, decisionRef, basis, summary, items: items as unknown as Prisma.InputJsonValue };
}
