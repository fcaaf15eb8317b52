import type { Prisma } from '../generated/prisma/client';
import { readMediaFile, writeMediaFile } from '../media/storage';
import type { SeedArticle } from './content/types';
import { type Placeholder, placeholderImage } from './placeholder';

/**
 * The placeholder image for an article's photo, written to the media folder
 * when missing: the file may be gone even when the rows exist (a fresh
 * MEDIA_DIR next to a kept database). Writes nothing to the database.
 */
export async function ensureCoverFile(slug: string, mediaDir: string): Promise<Placeholder> {
  const image = placeholderImage(slug);
  if (!(await readMediaFile(image.path, mediaDir))) {
    await writeMediaFile(image.path, image.bytes, mediaDir);
  }
  return image;
}

/** The Media row of a placeholder (found by path, else created): caption and credit from the source. */
export async function ensureCoverMedia(
  tx: Prisma.TransactionClient,
  image: Placeholder,
  article: SeedArticle,
): Promise<string> {
  const found = await tx.media.findUnique({ where: { path: image.path }, select: { id: true } });
  if (found) return found.id;
  const caption = article.photo?.caption ?? '';
  const media = await tx.media.create({
    data: {
      path: image.path,
      mimeType: image.mimeType,
      byteSize: image.bytes.length,
      width: image.width,
      height: image.height,
      alt: `Ảnh minh hoạ: ${caption}`,
      caption,
      credit: article.photo?.credit ?? '',
      createdAt: article.publishedAt,
    },
    select: { id: true },
  });
  return media.id;
}
