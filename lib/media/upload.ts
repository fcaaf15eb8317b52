import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/record';
import { db } from '../db/client';
import { ForbiddenError, ValidationError } from '../workflow/errors';
import { can } from '../workflow/policy';
import { sniffImage } from './image-sniff';
import { writeMediaFile } from './storage';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Larger than any photo an article needs; refuses decompression bombs. */
const MAX_SIDE = 12_000;

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

export type UploadInput = { file: File; alt: string; caption?: string };
export type UploadedImage = {
  id: string;
  path: string;
  mimeType: string;
  width: number;
  height: number;
  alt: string;
};

function invalid(field: string, message: string): ValidationError {
  return new ValidationError({ [field]: [message] });
}

/** The image's bytes and what they are, or a ValidationError naming the file field. */
async function readImage(file: File) {
  if (file.size === 0) throw invalid(UPLOAD_FIELDS.file, 'Hãy chọn một tệp ảnh.');
  if (file.size > MAX_IMAGE_BYTES) {
    throw invalid(UPLOAD_FIELDS.file, 'Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn.');
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const image = sniffImage(bytes);
  if (!image) {
    throw invalid(
      UPLOAD_FIELDS.file,
      'Tệp không phải ảnh JPEG, PNG hay WebP (đã kiểm tra nội dung tệp).',
    );
  }
  if (image.width > MAX_SIDE || image.height > MAX_SIDE) {
    throw invalid(UPLOAD_FIELDS.file, `Ảnh quá lớn (tối đa ${MAX_SIDE} điểm ảnh mỗi chiều).`);
  }
  return { bytes, image };
}

/**
 * Stores an uploaded image for articles: checked by content (JPEG, PNG or
 * WebP, never by name or declared type), at most 5 MB, with alt text.
 * Stored under a random name in the media folder (outside the build), with
 * its Media row and an audit row in one transaction; the file is written
 * inside it, so a failed write leaves no row behind.
 */
export async function uploadImage(actor: Actor, input: UploadInput): Promise<UploadedImage> {
  if (!can(actor, 'createArticle')) throw new ForbiddenError();
  const fieldErrors: Record<string, string[]> = {};
  const meta = metaSchema.safeParse({ alt: input.alt, caption: input.caption ?? '' });
  for (const issue of meta.error?.issues ?? []) {
    const field = issue.path[0] === 'caption' ? UPLOAD_FIELDS.caption : UPLOAD_FIELDS.alt;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  const read = await readImage(input.file).catch((error: unknown) => {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(fieldErrors, error.fieldErrors);
    return null;
  });
  if (!read || !meta.success) throw new ValidationError(fieldErrors);
  const { bytes, image } = read;
  const now = new Date();
  const path = `uploads/${now.getUTCFullYear()}/${randomUUID()}.${image.ext}`;
  return db().$transaction(async (tx) => {
    const media = await tx.media.create({
      data: {
        path,
        mimeType: image.mimeType,
        byteSize: bytes.byteLength,
        width: image.width,
        height: image.height,
        alt: meta.data.alt,
        caption: meta.data.caption,
        uploadedById: actor.id,
      },
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
    await writeMediaFile(path, bytes);
    const { id, mimeType, width, height, alt } = media;
    return { id, path, mimeType, width, height, alt };
  });
}
