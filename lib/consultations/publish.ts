import 'server-only';
import type { Actor } from '../core/actor';
import type { ConsultationVersion } from '../generated/prisma/client';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { authorize } from '../core/policy';
import { hasOpenRevision, nextState, WORKFLOW } from '../core/states';
import { inTransaction, type Tx } from '../workflow/tx';
import { carryComments } from './carry-comments';
import { CONSULTATION_MINIMUM_DAYS } from './config';
import type { DocumentType } from './document-types';
import { copyDossier } from './dossier';
import { resultOf, type VersionResult } from './result';
import {
  applyVersionStep,
  auditVersion,
  loadVersion,
  lockConsultation,
  replaceUnits,
  STALE_VERSION,
} from './tx';
import { windowApprovalProblem, windowGuard } from './window-guard';

/** The window guard's refusal for this version, as a field error of the approval form. */
function assertWindowApprovable(version: ConsultationVersion, type: string, reason: string): void {
  const guard = windowGuard({
    opensAt: version.opensAt,
    closesAt: version.closesAt,
    type: type as DocumentType,
    minimumDays: CONSULTATION_MINIMUM_DAYS,
  });
  const problem = windowApprovalProblem(guard, reason);
  if (problem) throw new ValidationError({ shortWindowReason: [problem] }, problem);
}

/**
 * The live version, taken off the public page by its successor: PUBLISHED ->
 * SUPERSEDED; its comments move to the successor's matching units.
 */
async function supersede(
  tx: Tx,
  actor: Actor,
  liveVersionId: string,
  successor: ConsultationVersion,
): Promise<void> {
  const live = await loadVersion(tx, liveVersionId);
  const to = nextState(live.state, 'supersede');
  if (!to) throw new ConflictError(STALE_VERSION);
  const { count } = await tx.consultationVersion.updateMany({
    where: { id: live.id, state: live.state, version: live.version },
    data: { state: to, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(STALE_VERSION);
  await auditVersion(tx, actor, { versionId: live.id, action: 'supersede', from: live.state, to });
  await carryComments(tx, live, successor);
}

/**
 * "Phê duyệt": SUBMITTED -> PUBLISHED at once, by an approver who neither
 * wrote, edited nor submitted it. A window shorter than the document type's
 * minimum needs a written reason (given here or already on the version).
 * The version replaces the live one, which becomes SUPERSEDED.
 */
export async function approveConsultationVersion(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  input: { shortWindowReason?: string } = {},
  now: Date = new Date(),
): Promise<VersionResult> {
  return inTransaction(async (tx) => {
    const found = await loadVersion(tx, versionId);
    await lockConsultation(tx, found.consultationId);
    const version = await loadVersion(tx, versionId);
    if (version.version !== expectedVersion) throw new ConflictError(STALE_VERSION);
    authorize(actor, 'approve', version);
    const consultation = await tx.consultation.findUniqueOrThrow({
      where: { id: version.consultationId },
    });
    const reason =
      (input.shortWindowReason ?? '').normalize('NFC').trim() || version.shortWindowReason;
    assertWindowApprovable(version, consultation.documentType, reason);
    if (consultation.liveVersionId) {
      await supersede(tx, actor, consultation.liveVersionId, version);
    }
    const approved = await applyVersionStep(tx, actor, version, {
      action: 'approve',
      data: { approverId: actor.id, approvedAt: now, publishedAt: now, shortWindowReason: reason },
    });
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { liveVersionId: approved.id, publishedAt: consultation.publishedAt ?? now },
    });
    return resultOf(tx, approved, true);
  });
}

/**
 * A new version (number + 1) copied from the published one, a DRAFT of the
 * actor's; refused while another version is still on its way.
 */
export async function startConsultationVersion(
  actor: Actor,
  consultationId: string,
): Promise<VersionResult> {
  return inTransaction(async (tx) => {
    await lockConsultation(tx, consultationId);
    const consultation = await tx.consultation.findUnique({
      where: { id: consultationId },
      include: { liveVersion: { include: { units: { orderBy: { position: 'asc' } } } } },
    });
    if (!consultation?.liveVersion)
      throw new NotFoundError('Dự thảo này chưa có phiên bản đã công bố.');
    const live = consultation.liveVersion;
    authorize(actor, 'amend', live);
    const versions = await tx.consultationVersion.findMany({
      where: { consultationId },
      select: { state: true, number: true },
    });
    if (hasOpenRevision(versions.map((v) => v.state))) {
      throw new ConflictError(
        'Dự thảo này đang có một phiên bản chưa công bố: hãy hoàn tất phiên bản đó trước.',
      );
    }
    const { title, summary, opensAt, closesAt, draftText, preamble, closing } = live;
    const created = await tx.consultationVersion.create({
      data: {
        consultationId,
        number: Math.max(...versions.map((v) => v.number)) + 1,
        state: WORKFLOW.initial,
        ...{ title, summary, opensAt, closesAt, draftText, preamble, closing },
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await replaceUnits(
      tx,
      created.id,
      live.units.map(({ id: _id, versionId: _v, ...unit }) => unit),
    );
    await copyDossier(tx, live.id, created.id);
    await auditVersion(tx, actor, {
      versionId: created.id,
      action: 'amend',
      from: null,
      to: created.state,
    });
    return resultOf(tx, created, false);
  });
}
