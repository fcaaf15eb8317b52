import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import type { Prisma } from '../generated/prisma/client';
import { ValidationError } from '../core/errors';
import { type ReencodedImage, reencodeImage } from './reencode';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Form field names, shared by the form and the error messages. */
export const UPLOAD_FIELDS = { file: 'cover', alt: 'coverAlt', caption: 'coverCaption' } as const;

const metaSchema = z.object({
  alt: z
    .string()
    .normalize('NFC')
    .trim()
    .min(1, 'Hãy nhập mô tả ảnh cho người không xem được ảnh.')
    .max(300, 'Mô tả ảnh dài tối đa 300 ký tự.'),
  caption: z.string().normalize('NFC').trim().max(500, 'Chú thích dài tối đa 500 ký tự.'),
});

/** An image chosen in a form, not yet read. */
export type UploadInput = { file: File; alt: string; caption?: string };

/** An upload checked and re-encoded, ready to store; nothing written yet. */
export type PreparedImage = ReencodedImage & { alt: string; caption: string };

async function readImage(file: File): Promise<ReencodedImage> {
  if (file.size === 0) throw invalid('Hãy chọn một tệp ảnh.');
  if (file.size > MAX_IMAGE_BYTES) throw invalid('Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn.');
  return reencodeImage(new Uint8Array(await file.arrayBuffer()), UPLOAD_FIELDS.file);
}

function invalid(message: string): ValidationError {
  return new ValidationError({ [UPLOAD_FIELDS.file]: [message] });
}

/**
 * Reads and checks an upload: alt text required, at most 5 MB, and the
 * bytes decoded and re-encoded (lib/media/reencode.ts), never kept as sent.
 * Writes nothing. Throws one ValidationError naming every faulty field.
 * Callers check the right to attach it before calling: this reads the file.
 */
export async function prepareImage(input: UploadInput): Promise<PreparedImage> {
  const fieldErrors: Record<string, string[]> = {};
  const meta = metaSchema.safeParse({ alt: input.alt, caption: input.caption ?? '' });
  for (const issue of meta.error?.issues ?? []) {
    const field = issue.path[0] === 'caption' ? UPLOAD_FIELDS.caption : UPLOAD_FIELDS.alt;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  const image = await readImage(input.file).catch((error: unknown) => {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(fieldErrors, error.fieldErrors);
    return null;
  });
  if (!image || !meta.success) throw new ValidationError(fieldErrors);
  return { ...image, ...meta.data };
}

/**
 * The Media row of a prepared image and its audit row, in the caller's
 * transaction, under a random name (never the uploader's). Returns the path
 * the caller writes the bytes to once everything else in the transaction
 * has succeeded (lib/workflow/cover.ts).
 */
export async function recordImage(
  tx: Prisma.TransactionClient,
  actor: Actor,
  image: PreparedImage,
): Promise<{ id: string; path: string }> {
  const path = `uploads/${new Date().getUTCFullYear()}/${randomUUID()}.${image.ext}`;
  const media = await tx.media.create({
    data: {
      path,
      mimeType: image.mimeType,
      byteSize: image.bytes.byteLength,
      width: image.width,
      height: image.height,
      alt: image.alt,
      caption: image.caption,
      uploadedById: actor.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType: 'media',
    entityId: media.id,
    action: 'upload',
    note: `${image.mimeType} ${image.width}×${image.height}`,
  });
  return { id: media.id, path };
}
