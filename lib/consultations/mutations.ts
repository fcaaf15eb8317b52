import 'server-only';
import { type ReasonInput, reasonInputSchema } from '../articles/schema';
import { parseInput } from '../core/parse-input';
import type { Actor } from '../core/actor';
import type { ConsultationVersion } from '../generated/prisma/client';
import { ConflictError } from '../core/errors';
import { authorize } from '../core/policy';
import { inTransaction, type Tx } from '../workflow/tx';
import { type ConsultationData, type ConsultationFields, consultationInputSchema } from './schema';
import { freeConsultationSlug } from './slug';
import { applyVersionStep, auditVersion, loadVersion, replaceUnits, STALE_VERSION } from './tx';
import { parseDraftUnits } from './units';
import { resultOf, type VersionResult } from './result';

export type { VersionResult };

/** The version's content columns from the form, with the draft parsed into units. */
function contentOf(data: ConsultationData) {
  const parsed = parseDraftUnits(data.draftText);
  const { title, summary, opensAt, closesAt, shortWindowReason, draftText } = data;
  const content = { title, summary, opensAt, closesAt, shortWindowReason, draftText };
  return {
    content: { ...content, preamble: parsed.preamble, closing: parsed.closing },
    units: parsed.units,
  };
}

/**
 * A new consultation with its version 1 as a DRAFT written by the actor.
 * The slug comes from the title and is never changed once published.
 */
export async function createConsultation(
  actor: Actor,
  input: ConsultationFields,
): Promise<VersionResult> {
  authorize(actor, 'createArticle');
  const data = parseInput(consultationInputSchema, input);
  const { content, units } = contentOf(data);
  return inTransaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: {
        slug: await freeConsultationSlug(tx, data.title),
        documentType: data.documentType,
        draftingUnit: data.draftingUnit,
        contact: data.contact,
      },
    });
    const version = await tx.consultationVersion.create({
      data: {
        ...content,
        consultationId: consultation.id,
        number: 1,
        authorId: actor.id,
        contributorIds: [actor.id],
      },
    });
    await replaceUnits(tx, version.id, units);
    await auditVersion(tx, actor, {
      versionId: version.id,
      action: 'create',
      from: null,
      to: version.state,
    });
    return resultOf(tx, version, false);
  });
}

/**
 * "Lưu nháp" (and "Gửi duyệt" with `submit`): saves the form over the
 * version the editor loaded (`expectedVersion`; anything newer is a
 * ConflictError and nothing is written). Editing joins the actor to the
 * contributors, so they may not approve it. The type, drafting unit and
 * contact belong to the consultation and change only before its first
 * publication: after that they are public identity.
 */
export async function saveConsultationVersion(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  input: ConsultationFields,
  options: { submit?: boolean } = {},
): Promise<VersionResult> {
  const data = parseInput(consultationInputSchema, input);
  const { content, units } = contentOf(data);
  return inTransaction(async (tx) => {
    const existing = await loadVersion(tx, versionId);
    if (existing.version !== expectedVersion) throw new ConflictError(STALE_VERSION);
    const contributorIds = [...new Set([...existing.contributorIds, actor.id])];
    let version = await applyVersionStep(tx, actor, existing, {
      action: 'edit',
      data: { ...content, contributorIds },
    });
    await replaceUnits(tx, version.id, units);
    await tx.consultation.updateMany({
      where: { id: version.consultationId, publishedAt: null },
      data: {
        documentType: data.documentType,
        draftingUnit: data.draftingUnit,
        contact: data.contact,
      },
    });
    if (options.submit) version = await applyVersionStep(tx, actor, version, submitStep(actor));
    return resultOf(tx, version, false);
  });
}

export function submitStep(actor: Actor) {
  return {
    action: 'submit',
    data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
  } as const;
}

/** One step on a version as the actor saw it (id and version), in its own transaction. */
function step(
  versionId: string,
  expectedVersion: number,
  run: (
    tx: Tx,
    version: ConsultationVersion,
  ) => Promise<{ version: ConsultationVersion; publicChanged: boolean }>,
) {
  return inTransaction(async (tx) => {
    const version = await loadVersion(tx, versionId);
    if (version.version !== expectedVersion) throw new ConflictError(STALE_VERSION);
    const done = await run(tx, version);
    return resultOf(tx, done.version, done.publicChanged);
  });
}

/** DRAFT or REJECTED -> SUBMITTED; the submitter may not then approve it. */
export async function submitConsultationVersion(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
) {
  return step(versionId, expectedVersion, async (tx, v) => ({
    version: await applyVersionStep(tx, actor, v, submitStep(actor)),
    publicChanged: false,
  }));
}

/** SUBMITTED -> REJECTED with a required reason, shown to whoever wrote it. */
export async function rejectConsultationVersion(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  input: ReasonInput,
) {
  const { reason } = parseInput(reasonInputSchema, input);
  return step(versionId, expectedVersion, async (tx, v) => ({
    version: await applyVersionStep(tx, actor, v, {
      action: 'reject',
      data: { rejectionNote: reason },
      note: reason,
    }),
    publicChanged: false,
  }));
}

export { approveConsultationVersion, startConsultationVersion } from './publish';
