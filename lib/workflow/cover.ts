import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { prepareImage, recordImage, type UploadInput } from '../media/upload';
import { removeMediaFile, writeMediaFile } from '../media/storage';
import { authorize } from '../core/policy';
import { assertVersion, inTransaction, loadRevision, type Tx } from './tx';

/** A cover image sent with an article form, not read yet. */
export type CoverUpload = UploadInput;

/**
 * The cheap checks of a save, made before an uploaded file is even read: the
 * revision exists, the form was based on its current version, and the actor
 * may edit it (the same policy the save applies again, atomically, inside
 * its transaction). A forged request for someone else's revision costs no
 * decoding and stores nothing.
 */
export async function assertMayEdit(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
): Promise<void> {
  const revision = await loadRevision(db(), revisionId);
  assertVersion(revision, expectedVersion);
  authorize(actor, 'edit', revision);
}

/**
 * Runs a save in one transaction, with the uploaded cover (if any) part of
 * it: `mayAttach` is checked first, then the file is read and re-encoded
 * outside the transaction, then its Media row is created inside it and its
 * id handed to `save`. The file is written last, once the save has passed
 * every check, and removed again if the commit still fails: a refused save
 * (stale version, no right, bad field) leaves neither a file nor a row.
 */
export async function withCover<T>(
  actor: Actor,
  upload: CoverUpload | undefined,
  mayAttach: () => Promise<void>,
  save: (tx: Tx, coverMediaId: string | undefined) => Promise<T>,
): Promise<T> {
  if (!upload) return inTransaction((tx) => save(tx, undefined));
  await mayAttach();
  const image = await prepareImage(upload);
  let written: string | null = null;
  try {
    return await inTransaction(async (tx) => {
      const media = await recordImage(tx, actor, image);
      const result = await save(tx, media.id);
      await writeMediaFile(media.path, image.bytes);
      written = media.path;
      return result;
    });
  } catch (error) {
    if (written) await removeMediaFile(written);
    throw error;
  }
}
