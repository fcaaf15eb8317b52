import 'server-only';
import { z } from 'zod';
import { mediaUrl } from '../articles/dto';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { ValidationError } from '../core/errors';
import { authorize } from '../core/policy';
import { inTransaction, loadRevision } from './tx';
import { removeMediaFile, writeMediaFile } from '../media/storage';
import { prepareImage, recordImage, UPLOAD_FIELDS } from '../media/upload';

/** A photo for an article's body, chosen in the editor, not read yet. */
export type InlineImageInput = {
  /** The revision being edited; none on the new-article form. */
  revisionId?: string;
  file: File;
  alt: string;
  caption?: string;
  credit?: string;
};

/** A stored photo, ready to be written into the body as Markdown. */
export type InlineImage = { src: string; alt: string; caption: string; credit: string };

/** The dialog's field names, for the upload checks' messages. */
export const INLINE_FIELDS = { file: 'image', alt: 'alt', caption: 'caption', credit: 'credit' };

const creditSchema = z
  .string()
  .normalize('NFC')
  .trim()
  .max(200, 'Tên tác giả ảnh dài tối đa 200 ký tự.');

/**
 * Stores a photo for an article's body, through the same checks as a
 * cover (lib/media/upload.ts: alt text required, at most 5 MB, decoded and
 * re-encoded so no EXIF survives). Only someone who may edit the revision
 * (or, with no revision, create an article) may upload; that is checked
 * before the file is read. The photo is not public until a published
 * article's body shows it (lib/media/access.ts).
 */
export async function uploadInlineImage(
  actor: Actor,
  input: InlineImageInput,
): Promise<InlineImage> {
  if (input.revisionId) authorize(actor, 'edit', await loadRevision(db(), input.revisionId));
  else authorize(actor, 'createArticle');
  const credit = creditSchema.safeParse(input.credit ?? '');
  const image = await prepareImage(input).catch((error: unknown) => {
    throw renamed(error, credit.error?.issues[0]?.message);
  });
  if (!credit.success) throw renamed(new ValidationError({}), credit.error.issues[0]?.message);
  let written: string | null = null;
  try {
    return await inTransaction(async (tx) => {
      const media = await recordImage(tx, actor, image);
      await tx.media.update({ where: { id: media.id }, data: { credit: credit.data } });
      await writeMediaFile(media.path, image.bytes);
      written = media.path;
      return {
        src: mediaUrl(media.path),
        alt: image.alt,
        caption: image.caption,
        credit: credit.data,
      };
    });
  } catch (error) {
    if (written) await removeMediaFile(written);
    throw error;
  }
}

/** The upload checks' field errors under the dialog's field names. */
function renamed(error: unknown, creditError: string | undefined): unknown {
  if (!(error instanceof ValidationError)) return error;
  const names: Record<string, string> = {
    [UPLOAD_FIELDS.file]: INLINE_FIELDS.file,
    [UPLOAD_FIELDS.alt]: INLINE_FIELDS.alt,
    [UPLOAD_FIELDS.caption]: INLINE_FIELDS.caption,
  };
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    fieldErrors[names[key] ?? key] = messages;
  }
  if (creditError) fieldErrors[INLINE_FIELDS.credit] = [creditError];
  return new ValidationError(fieldErrors);
}
