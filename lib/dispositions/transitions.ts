import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import { tagsForConsultation } from '../cache/tags';
import type { Actor } from '../core/actor';
import { ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { closingInstant } from '../consultations/comment-window';
import type { DispositionRegister } from '../generated/prisma/client';
import { inTransaction, type Tx } from '../workflow/tx';
import { completenessProblem, publishedComments } from './comments';
import { applyRegisterStep, assertRegisterVersion, loadRegister, lockRegister } from './tx';

/** What a step did: the register as now stored, the public cache tags to expire. */
export type RegisterResult = {
  register: Pick<DispositionRegister, 'id' | 'version' | 'state' | 'consultationId'>;
  tags: string[];
};

async function resultOf(tx: Tx, r: DispositionRegister, publicChanged: boolean) {
  const { slug } = await tx.consultation.findUniqueOrThrow({ where: { id: r.consultationId } });
  const { id, version, state, consultationId } = r;
  return {
    register: { id, version, state, consultationId },
    tags: publicChanged ? tagsForConsultation(slug) : [],
  };
}

/** One step on the register as the actor saw it, under its row lock. */
function step(
  registerId: string,
  expectedVersion: number,
  run: (tx: Tx, r: DispositionRegister) => Promise<DispositionRegister>,
  publicChanged = false,
): Promise<RegisterResult> {
  return inTransaction(async (tx) => {
    await lockRegister(tx, registerId);
    const register = await loadRegister(tx, registerId);
    assertRegisterVersion(register, expectedVersion);
    return resultOf(tx, await run(tx, register), publicChanged);
  });
}

/** Refuses a register that leaves a published comment (or group) unanswered. */
async function assertComplete(tx: Tx, register: DispositionRegister): Promise<void> {
  const problem = completenessProblem(await publishedComments(tx, register.consultationId));
  if (problem) throw new ValidationError({ register: [problem] }, problem);
}

/** "Gửi duyệt": DRAFT or REJECTED -> SUBMITTED, once every published comment has its answer. */
export function submitRegister(actor: Actor, registerId: string, expectedVersion: number) {
  return step(registerId, expectedVersion, async (tx, r) => {
    await assertComplete(tx, r);
    return applyRegisterStep(tx, actor, r, {
      action: 'submit',
      data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
    });
  });
}

/**
 * "Phê duyệt": publishes the whole register at once, by an approver who
 * drafted, edited and submitted none of it (the articles' four-eyes rule),
 * only after the comment window has closed and while every published
 * comment still has its answer.
 */
export function approveRegister(
  actor: Actor,
  registerId: string,
  expectedVersion: number,
  now: Date = new Date(),
) {
  return step(
    registerId,
    expectedVersion,
    async (tx, r) => {
      const live = await tx.consultationVersion.findFirst({
        where: { liveOf: { id: r.consultationId } },
        select: { closesAt: true },
      });
      if (!live || closingInstant(live).getTime() > now.getTime()) {
        const message = 'Chỉ công bố bảng tiếp thu, giải trình sau khi hết thời gian lấy ý kiến.';
        throw new ValidationError({ register: [message] }, message);
      }
      await assertComplete(tx, r);
      return applyRegisterStep(tx, actor, r, {
        action: 'approve',
        data: { approverId: actor.id, approvedAt: now, publishedAt: now },
      });
    },
    true,
  );
}

/** "Từ chối" with a required reason, shown to the editors. */
export function rejectRegister(
  actor: Actor,
  registerId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return step(registerId, expectedVersion, (tx, r) =>
    applyRegisterStep(tx, actor, r, {
      action: 'reject',
      data: { rejectionNote: reason },
      note: reason,
    }),
  );
}
