import sharp, { type Sharp } from 'sharp';
import { ValidationError } from '../core/errors';
import { type ImageFormat, sniffImage } from './image-sniff';

/**
 * Larger than any photo an article needs (a 24 MP camera gives 6000×4000);
 * beyond it, decoding alone would take hundreds of megabytes: a decompression
 * bomb is refused from its header, before any pixel is decoded.
 */
export const MAX_PIXELS = 40_000_000;
/** The longest side stored; a larger image (within MAX_PIXELS) is scaled down to fit. */
export const MAX_SIDE = 6000;

export type ReencodedImage = ImageFormat & { bytes: Buffer; width: number; height: number };

const ENCODE = {
  'image/jpeg': (image: Sharp) => image.jpeg({ quality: 85, mozjpeg: true }),
  'image/png': (image: Sharp) => image.png(),
  'image/webp': (image: Sharp) => image.webp({ quality: 85 }),
} as const;

function refuse(field: string, message: string): ValidationError {
  return new ValidationError({ [field]: [message] });
}

/**
 * Decodes the image and encodes it again in the same format (JPEG, PNG or
 * WebP), so what is published is only pixels: EXIF (GPS position, camera
 * serial, author), XMP, IPTC and comments are dropped, as is anything hidden
 * after the image data. The EXIF orientation is applied to the pixels first,
 * so a phone photo keeps its way up; colours are converted to sRGB. Only the
 * first frame of an animation is kept.
 *
 * Refuses, as a ValidationError on `field`: bytes that are not one of the
 * three formats, an image over MAX_PIXELS (from its header, in
 * milliseconds), and anything that fails to decode (truncated or corrupt).
 * A side over MAX_SIDE is scaled down, not refused.
 */
export async function reencodeImage(bytes: Uint8Array, field: string): Promise<ReencodedImage> {
  const sniffed = sniffImage(bytes);
  if (!sniffed) {
    throw refuse(field, 'Tệp không phải ảnh JPEG, PNG hay WebP (đã kiểm tra nội dung tệp).');
  }
  if (sniffed.width * sniffed.height > MAX_PIXELS) {
    throw refuse(
      field,
      `Ảnh quá lớn: ${sniffed.width}×${sniffed.height} điểm ảnh (tối đa 40 triệu điểm ảnh).`,
    );
  }
  try {
    // failOn 'warning' (the default, written out): a truncated file is refused, not padded grey.
    const decoded = sharp(bytes, {
      limitInputPixels: MAX_PIXELS,
      failOn: 'warning',
      autoOrient: true,
    }).resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await ENCODE[sniffed.mimeType](decoded).toBuffer({
      resolveWithObject: true,
    });
    const { width, height } = info;
    return { mimeType: sniffed.mimeType, ext: sniffed.ext, bytes: data, width, height };
  } catch {
    throw refuse(
      field,
      'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng JPEG, PNG, WebP. Hãy xuất lại ảnh rồi tải lên.',
    );
  }
}
