import 'server-only';
import type { ArticleData } from '../articles/schema';
import type { Actor } from '../core/actor';
import { isUniqueViolation } from '../db/errors';
import { slugify } from '../text/slug';
import { type CoverUpload, withCover } from './cover';
import { ValidationError } from '../core/errors';
import type { Tx } from './tx';

/**
 * Checks on an article's content that need the database. They run inside
 * the mutation's transaction and throw ValidationError keyed by form field,
 * so a bad reference means nothing is saved.
 */

/**
 * The revision columns an editor writes. Cover fields and link lists only
 * when sent: an omitted one keeps the revision's current value.
 */
export function content(data: ArticleData) {
  const { title, lead, body, source, categoryId, changeNote, coverMediaId, coverCaption } = data;
  const { readMoreIds, planItemIds } = data;
  return {
    title,
    lead,
    body,
    source,
    categoryId,
    changeNote,
    ...(coverMediaId !== undefined && { coverMediaId }),
    ...(coverCaption !== undefined && { coverCaption }),
    ...(readMoreIds !== undefined && { readMoreIds }),
    ...(planItemIds !== undefined && { planItemIds }),
  };
}

/**
 * Writes an article's content in one transaction (withCover): the uploaded
 * cover, if any, is stored with it and named in the content in place of the
 * one the form named, and a slug race lost to a concurrent create or save
 * becomes the same field error as a slug already taken.
 */
export async function writeContent<T>(
  actor: Actor,
  data: ArticleData,
  options: { cover?: CoverUpload; mayAttach: () => Promise<void> },
  write: (tx: Tx, data: ArticleData) => Promise<T>,
): Promise<T> {
  try {
    return await withCover(actor, options.cover, options.mayAttach, (tx, coverMediaId) =>
      write(tx, coverMediaId ? { ...data, coverMediaId } : data),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError(slugify(data.title));
    throw error;
  }
}

/** The content's references must exist: its category, cover, links and plan items. */
export async function checkContent(tx: Tx, data: ArticleData, articleId?: string): Promise<void> {
  await checkCategory(tx, data.categoryId);
  await checkLinks(tx, data, articleId);
}

function slugTakenError(slug: string): ValidationError {
  return new ValidationError({
    title: [
      `Đường dẫn "${slug}" (tạo từ tiêu đề) đã thuộc về một bài viết khác. Hãy đổi tiêu đề để có đường dẫn riêng.`,
    ],
  });
}

/** The slug for a title; ValidationError when it is empty or taken by another article. */
export async function freeSlugFor(tx: Tx, title: string, articleId?: string): Promise<string> {
  const slug = slugify(title);
  if (!slug) {
    throw new ValidationError({ title: ['Tiêu đề cần có ít nhất một chữ cái hoặc chữ số.'] });
  }
  const owner = await tx.article.findUnique({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== articleId) throw slugTakenError(slug);
  return slug;
}

/** Only an existing, active category can take new content. */
async function checkCategory(tx: Tx, categoryId: string): Promise<void> {
  const category = await tx.category.findUnique({ where: { id: categoryId } });
  if (!category?.active) {
    throw new ValidationError({
      categoryId: ['Chuyên mục không tồn tại hoặc đã ngừng sử dụng. Hãy chọn chuyên mục khác.'],
    });
  }
}

/**
 * The cover image, "Đọc thêm" targets and plan items must exist; an article
 * cannot point at itself.
 */
async function checkLinks(
  tx: Tx,
  data: Pick<ArticleData, 'readMoreIds' | 'planItemIds' | 'coverMediaId'>,
  articleId?: string,
): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (data.coverMediaId) {
    const media = await tx.media.findUnique({ where: { id: data.coverMediaId } });
    if (!media) fieldErrors.coverMediaId = ['Ảnh bìa không tồn tại; hãy tải ảnh lên lại.'];
  }
  const readMore = data.readMoreIds ?? [];
  if (readMore.length > 0) {
    const found = await tx.article.count({ where: { id: { in: readMore } } });
    if (found !== readMore.length || (articleId && readMore.includes(articleId))) {
      fieldErrors.readMoreIds = ['Có bài "Đọc thêm" không tồn tại hoặc trỏ về chính bài này.'];
    }
  }
  const planItems = data.planItemIds ?? [];
  if (planItems.length > 0) {
    const found = await tx.planItem.count({ where: { id: { in: planItems } } });
    if (found !== planItems.length) fieldErrors.planItemIds = ['Có mục kế hoạch không tồn tại.'];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
}
