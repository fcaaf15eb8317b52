import 'server-only';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import type { ConsultationVersion, Prisma } from '../generated/prisma/client';
import { ConflictError, NotFoundError } from '../core/errors';
import { authorize } from '../core/policy';
import { nextState, type RevisionAction, type RevisionState, WORKFLOW } from '../core/states';
import type { Tx } from '../workflow/tx';
import type { UnitRow } from './units';

export const STALE_VERSION =
  'Dự thảo này vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; hãy mở lại trang trong một thẻ mới để xem bản mới nhất rồi thử lại.';
export const NO_SUCH_VERSION = 'Không tìm thấy dự thảo này. Có thể đường dẫn không đúng.';

/** The version, or NotFoundError (a forged or stale id). */
export async function loadVersion(tx: Tx, id: string): Promise<ConsultationVersion> {
  const version = await tx.consultationVersion.findUnique({ where: { id } });
  if (!version) throw new NotFoundError(NO_SUCH_VERSION);
  return version;
}

/** Appends the audit row of a version's step, in the same transaction. */
export function auditVersion(
  tx: Tx,
  actor: Actor,
  entry: {
    versionId: string;
    action: string;
    from: RevisionState | null;
    to: RevisionState;
    note?: string | null;
  },
): Promise<void> {
  return recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType: 'consultation-version',
    entityId: entry.versionId,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to,
    note: entry.note ?? null,
  });
}

export type VersionStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject'>;
  data?: Prisma.ConsultationVersionUncheckedUpdateManyInput;
  note?: string | null;
};

/**
 * Every change of a version's state, inside the caller's transaction: the
 * articles' policy decides (the version is the revision: its author,
 * contributors and submitter, so four eyes is the same rule), the articles'
 * transition table gives the new state, one UPDATE compares and sets id,
 * state and version (zero rows: ConflictError), then the audit row.
 */
export async function applyVersionStep(
  tx: Tx,
  actor: Actor,
  version: ConsultationVersion,
  step: VersionStep,
): Promise<ConsultationVersion> {
  authorize(actor, step.action, version);
  const event = WORKFLOW.actions[step.action].event;
  const to = nextState(version.state, event);
  if (!to) throw new ConflictError(STALE_VERSION);
  const { count } = await tx.consultationVersion.updateMany({
    where: { id: version.id, state: version.state, version: version.version },
    data: { ...step.data, state: to, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(STALE_VERSION);
  const entry = { versionId: version.id, action: event, from: version.state, to, note: step.note };
  await auditVersion(tx, actor, entry);
  return loadVersion(tx, version.id);
}

/** Replaces the stored units of a version with those parsed from its text. */
export async function replaceUnits(tx: Tx, versionId: string, units: UnitRow[]): Promise<void> {
  await tx.draftUnit.deleteMany({ where: { versionId } });
  if (units.length > 0) {
    await tx.draftUnit.createMany({ data: units.map((u) => ({ ...u, versionId })) });
  }
}

/** Takes the consultation's row lock (one open version at a time, one live version). */
export async function lockConsultation(tx: Tx, consultationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Consultation" WHERE "id" = ${consultationId} FOR UPDATE`;
}
