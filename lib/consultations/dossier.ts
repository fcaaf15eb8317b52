import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../core/actor';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import type { ConsultationVersion } from '../generated/prisma/client';
import { removeMediaFile, writeMediaFile } from '../media/storage';
import { inTransaction, type Tx } from '../workflow/tx';
import { dossierKindLabel, formatFileSize } from './dossier-kinds';
import {
  DOSSIER_FIELDS,
  type DossierMeta,
  dossierMetaSchema,
  MAX_DOSSIER_BYTES,
} from './dossier-schema';
import { cleanFileName, type DossierFormat, sniffDossierFile } from './dossier-sniff';
import { resultOf, type VersionResult } from './result';
import { applyVersionStep, loadVersion, STALE_VERSION } from './tx';

type CheckedFile = { bytes: Uint8Array; format: DossierFormat; fileName: string };

function refuse(message: string): ValidationError {
  return new ValidationError({ [DOSSIER_FIELDS.file]: [message] }, message);
}

/** Reads and checks the upload: a PDF or .docx by its bytes, at most MAX_DOSSIER_BYTES. */
async function checkFile(file: unknown, title: string): Promise<CheckedFile> {
  if (!(file instanceof Blob) || file.size === 0) throw refuse('Hãy chọn một tệp PDF hoặc .docx.');
  if (file.size > MAX_DOSSIER_BYTES) throw refuse('Tệp lớn hơn 5 MB. Hãy chọn tệp nhỏ hơn.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffDossierFile(bytes);
  if (!sniffed.ok) throw refuse(sniffed.message);
  const name = file instanceof File ? file.name : '';
  return { bytes, format: sniffed.format, fileName: cleanFileName(name, sniffed.format, title) };
}

/**
 * An edit of the version (its dossier is part of what the approver signs
 * off): allowed only where editing the text is, compared and set on the
 * version the editor saw, the editor joining the contributors (so they may
 * not approve it), with an audit row saying what changed.
 */
async function editStep(
  tx: Tx,
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  note: string,
): Promise<ConsultationVersion> {
  const existing = await loadVersion(tx, versionId);
  if (existing.version !== expectedVersion) throw new ConflictError(STALE_VERSION);
  const contributorIds = [...new Set([...existing.contributorIds, actor.id])];
  return applyVersionStep(tx, actor, existing, { action: 'edit', data: { contributorIds }, note });
}

/**
 * "Tải lên" a file into a version's dossier. Checked before anything is
 * written; the row and the version's edit step commit together, and the
 * bytes are written under a random name inside the transaction (removed
 * again if it fails), so no row ever points at a missing file.
 */
export async function addDossierFile(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  input: DossierMeta & { file: unknown },
): Promise<VersionResult> {
  const meta = parseInput(dossierMetaSchema, { kind: input.kind, title: input.title });
  const checked = await checkFile(input.file, meta.title);
  const path = `dossier/${new Date().getUTCFullYear()}/${randomUUID()}.${checked.format.ext}`;
  const size = formatFileSize(checked.bytes.byteLength);
  const note = `Thêm tệp hồ sơ: ${dossierKindLabel(meta.kind)}, ${checked.format.label}, ${size}`;
  let written = false;
  try {
    return await inTransaction(async (tx) => {
      const version = await editStep(tx, actor, versionId, expectedVersion, note);
      const last = await tx.dossierFile.aggregate({
        where: { versionId },
        _max: { position: true },
      });
      await tx.dossierFile.create({
        data: {
          versionId,
          kind: meta.kind,
          title: meta.title,
          fileName: checked.fileName,
          path,
          mimeType: checked.format.mimeType,
          byteSize: checked.bytes.byteLength,
          sha256: createHash('sha256').update(checked.bytes).digest('hex'),
          position: (last._max.position ?? -1) + 1,
          uploadedById: actor.id,
        },
      });
      await writeMediaFile(path, checked.bytes);
      written = true;
      return resultOf(tx, version, false);
    });
  } catch (error) {
    if (written) await removeMediaFile(path);
    throw error;
  }
}

/**
 * Takes a file out of a version's dossier (an edit, as above). The bytes
 * stay: an earlier version that was published may list the same file.
 */
export async function removeDossierFile(
  actor: Actor,
  versionId: string,
  expectedVersion: number,
  fileId: string,
): Promise<VersionResult> {
  return inTransaction(async (tx) => {
    const file = await tx.dossierFile.findFirst({ where: { id: fileId, versionId } });
    if (!file) throw new NotFoundError('Không tìm thấy tệp này trong hồ sơ.');
    const note = `Bỏ tệp hồ sơ: ${file.title}`;
    const version = await editStep(tx, actor, versionId, expectedVersion, note);
    await tx.dossierFile.delete({ where: { id: file.id } });
    return resultOf(tx, version, false);
  });
}

/** Version N+1 starts with version N's dossier: the rows are copied, the stored files shared. */
export async function copyDossier(tx: Tx, fromVersionId: string, toVersionId: string) {
  const files = await tx.dossierFile.findMany({ where: { versionId: fromVersionId } });
  if (files.length === 0) return;
  await tx.dossierFile.createMany({
    data: files.map(({ id: _id, versionId: _v, createdAt: _c, ...file }) => ({
      ...file,
      versionId: toVersionId,
    })),
  });
}
