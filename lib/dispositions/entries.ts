import 'server-only';
import type { Actor } from '../core/actor';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { authorize } from '../core/policy';
import { WORKFLOW } from '../core/states';
import type { DispositionRegister } from '../generated/prisma/client';
import { lockConsultation } from '../consultations/tx';
import { inTransaction, type Tx } from '../workflow/tx';
import { isGroupLead } from './comments';
import { OUTCOME_LABELS, OUTCOME_VALUES } from './outcomes';
import { type EntryInput, entryInputSchema } from './schema';
import {
  applyRegisterStep,
  assertRegisterVersion,
  auditRegisterCreated,
  STALE_REGISTER,
} from './tx';

export type EntryResult = { registerId: string; registerVersion: number; consultationId: string };

const NOT_ANSWERABLE = 'Chỉ ghi tiếp thu, giải trình cho ý kiến đã đăng của dự thảo này.';

/** A published comment of the consultation that answers for itself or its group, or an error. */
async function answerable(tx: Tx, consultationId: string, feedbackId: string, field: string) {
  const comment = await tx.feedback.findFirst({
    where: { id: feedbackId, consultationId, state: 'PUBLISHED' },
    select: { id: true, groupId: true },
  });
  if (!comment) throw new ValidationError({ [field]: [NOT_ANSWERABLE] }, NOT_ANSWERABLE);
  if (!isGroupLead(comment)) {
    const message = 'Ý kiến này thuộc một nhóm: hãy ghi tiếp thu, giải trình cho cả nhóm.';
    throw new ValidationError({ [field]: [message] }, message);
  }
  return comment;
}

/**
 * The register the actor's edit lands in: created (a DRAFT of theirs) with
 * the first entry, else edited as the editor saw it (`expectedVersion`; 0
 * means "no register yet"), the editor joining its contributors so they
 * may not approve it. Refused once submitted or published.
 */
async function registerForEdit(
  tx: Tx,
  actor: Actor,
  consultationId: string,
  expectedVersion: number,
  note: string,
): Promise<DispositionRegister> {
  const existing = await tx.dispositionRegister.findUnique({ where: { consultationId } });
  if (!existing) {
    if (expectedVersion !== 0) throw new ConflictError(STALE_REGISTER);
    const created = await tx.dispositionRegister.create({
      data: {
        consultationId,
        state: WORKFLOW.initial,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await auditRegisterCreated(tx, actor, created);
    return created;
  }
  assertRegisterVersion(existing, expectedVersion);
  const contributorIds = [...new Set([...existing.contributorIds, actor.id])];
  return applyRegisterStep(tx, actor, existing, { action: 'edit', data: { contributorIds }, note });
}

/**
 * Saves the answer to one published comment (or its group) in the
 * consultation's register: "Tiếp thu", "Tiếp thu một phần", "Giải trình"
 * (with the reason) or "Trùng" (with the comment it repeats). One
 * transaction: the register's compare-and-set, its audit row, the entry.
 */
export async function saveDispositionEntry(
  actor: Actor,
  consultationId: string,
  feedbackId: string,
  expectedVersion: number,
  input: EntryInput,
): Promise<EntryResult> {
  authorize(actor, 'createArticle');
  const data = parseInput(entryInputSchema, input);
  const outcome = OUTCOME_VALUES[data.outcome];
  return inTransaction(async (tx) => {
    const exists = await tx.consultation.findUnique({ where: { id: consultationId } });
    if (!exists) throw new NotFoundError('Không tìm thấy dự thảo này.');
    await lockConsultation(tx, consultationId);
    await answerable(tx, consultationId, feedbackId, 'outcome');
    const duplicateOfId = outcome === 'DUPLICATE' ? data.duplicateOfId : null;
    if (duplicateOfId) {
      if (duplicateOfId === feedbackId) {
        const message = 'Một ý kiến không thể trùng với chính nó.';
        throw new ValidationError({ duplicateOfId: [message] }, message);
      }
      await answerable(tx, consultationId, duplicateOfId, 'duplicateOfId');
    }
    const note = `Ý kiến ${feedbackId}: ${OUTCOME_LABELS[outcome]}`;
    const register = await registerForEdit(tx, actor, consultationId, expectedVersion, note);
    const fields = { outcome, response: data.response, duplicateOfId, lastEditorId: actor.id };
    await tx.dispositionEntry.upsert({
      where: { feedbackId },
      create: { ...fields, registerId: register.id, feedbackId },
      update: fields,
    });
    return { registerId: register.id, registerVersion: register.version, consultationId };
  });
}
