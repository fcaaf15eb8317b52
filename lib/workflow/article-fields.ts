import 'server-only';
import type { ArticleData } from '../articles/schema';
import { isUniqueViolation } from '../db/errors';
import { slugify } from '../text/slug';
import { ValidationError } from './errors';
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

/** The content with a newly uploaded cover in place of the one the form named. */
export function withCoverId(data: ArticleData, coverMediaId: string | undefined): ArticleData {
  return coverMediaId ? { ...data, coverMediaId } : data;
}

/** A slug race lost to a concurrent create/save becomes the same field error. */
export async function withSlugCheck<T>(title: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError(slugify(title));
    throw error;
  }
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
export async function checkCategory(tx: Tx, categoryId: string): Promise<void> {
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
export async function checkLinks(
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
