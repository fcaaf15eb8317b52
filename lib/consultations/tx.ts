import 'server-only';
import type { Actor } from '../core/actor';
import type { ConsultationVersion, Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../core/errors';
import type { RevisionAction, RevisionState } from '../core/states';
import { applyRowStep, auditRow, type RowTable } from '../workflow/row-step';
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

/** Where versions live, for the articles' workflow steps (../workflow/row-step.ts). */
const VERSIONS: RowTable<ConsultationVersion, Prisma.ConsultationVersionUncheckedUpdateManyInput> =
  {
    entityType: 'consultation-version',
    stale: STALE_VERSION,
    update: (tx, where, data) => tx.consultationVersion.updateMany({ where, data }),
    load: loadVersion,
  };

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
  const { versionId, ...rest } = entry;
  return auditRow(tx, actor, 'consultation-version', { id: versionId, ...rest });
}

export type VersionStep = {
  action: Extract<RevisionAction, 'edit' | 'submit' | 'approve' | 'reject'>;
  data?: Prisma.ConsultationVersionUncheckedUpdateManyInput;
  note?: string | null;
};

/** Every change of a version's state: the articles' policy and transition table decide. */
export function applyVersionStep(
  tx: Tx,
  actor: Actor,
  version: ConsultationVersion,
  step: VersionStep,
): Promise<ConsultationVersion> {
  return applyRowStep(tx, actor, VERSIONS, version, step);
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
