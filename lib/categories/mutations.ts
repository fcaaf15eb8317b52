import 'server-only';
import { parseInput } from '../core/parse-input';
import { published } from '../core/published';
import { recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { auditActor } from '../auth/audit-actor';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { Prisma } from '../generated/prisma/client';
import { slugify } from '../text/slug';
import { authorize } from '../core/policy';
import { type CategoryAdminDto, categoryAdminSelect, toCategoryAdminDto } from './admin-queries';
import { categoryIdSchema, createCategorySchema, renameCategorySchema } from './schema';

/** A change plus the cache tags the calling Server Action must expire (expireTags). */
export type CategoryChange<T> = { result: T; tags: string[] };

// Categories appear in navigation and on every article list.
const TAGS = [cacheTags.categories, cacheTags.articleLists];
const NOT_FOUND = 'Không tìm thấy chuyên mục này.';

function slugTaken(slug: string): ValidationError {
  return new ValidationError({
    name: [`Đã có chuyên mục với đường dẫn /chuyen-muc/${slug}. Vui lòng chọn tên khác.`],
  });
}

/**
 * Adds a category at the end of the order (admins only). Its slug comes from
 * the name (lib/text/slug.ts) and must be unused. Audited.
 */
export async function createCategory(
  actor: Actor,
  input: unknown,
): Promise<CategoryChange<CategoryAdminDto>> {
  authorize(actor, 'manageCategories');
  const data = parseInput(createCategorySchema, input);
  const slug = slugify(data.name);
  if (!slug) {
    throw new ValidationError({ name: ['Tên chuyên mục cần có ít nhất một chữ cái hoặc chữ số.'] });
  }
  try {
    const category = await db().$transaction(async (tx) => {
      if (await tx.category.findUnique({ where: { slug }, select: { id: true } })) {
        throw slugTaken(slug);
      }
      const last = await tx.category.aggregate({ _max: { position: true } });
      const row = await tx.category.create({
        data: {
          slug,
          name: data.name,
          description: data.description,
          position: (last._max.position ?? -1) + 1,
        },
        select: categoryAdminSelect,
      });
      await recordAudit(tx, {
        ...auditActor(actor),
        entityType: 'category',
        entityId: row.id,
        action: 'create',
        toState: row.name,
      });
      return toCategoryAdminDto(row);
    });
    return { result: category, tags: TAGS };
  } catch (error) {
    // Two admins creating the same category at once: the unique index decides.
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

/**
 * Renames a category and updates its description (admins only). The slug is
 * kept: published addresses never change. Audited with the old and new name.
 */
export async function renameCategory(
  actor: Actor,
  input: unknown,
): Promise<CategoryChange<CategoryAdminDto>> {
  authorize(actor, 'manageCategories');
  const data = parseInput(renameCategorySchema, input);
  const category = await db().$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id: data.categoryId } });
    if (!before) throw new NotFoundError(NOT_FOUND);
    const row = await tx.category.update({
      where: { id: before.id },
      data: { name: data.name, description: data.description },
      select: categoryAdminSelect,
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'category',
      entityId: row.id,
      action: 'rename',
      fromState: before.name,
      toState: row.name,
    });
    return toCategoryAdminDto(row);
  });
  return { result: category, tags: TAGS };
}

/**
 * Hides a category from navigation and from the article form (admins only).
 * Refused while it still holds public or scheduled articles, whose pages
 * would otherwise point at a category that answers 404.
 */
export async function deactivateCategory(
  actor: Actor,
  categoryId: unknown,
): Promise<CategoryChange<CategoryAdminDto>> {
  authorize(actor, 'manageCategories');
  return setActive(actor, parseInput(categoryIdSchema, categoryId), false);
}

/** Shows a deactivated category again (admins only). */
export async function reactivateCategory(
  actor: Actor,
  categoryId: unknown,
): Promise<CategoryChange<CategoryAdminDto>> {
  authorize(actor, 'manageCategories');
  return setActive(actor, parseInput(categoryIdSchema, categoryId), true);
}

async function setActive(
  actor: Actor,
  id: string,
  active: boolean,
): Promise<CategoryChange<CategoryAdminDto>> {
  const category = await db().$transaction(async (tx) => {
    if (!active) await assertNothingPublic(tx, id);
    const changed = await tx.category.updateMany({
      where: { id, active: !active },
      data: { active },
    });
    const row = await tx.category.findUnique({ where: { id }, select: categoryAdminSelect });
    if (!row) throw new NotFoundError(NOT_FOUND);
    if (changed.count > 0) {
      await recordAudit(tx, {
        ...auditActor(actor),
        entityType: 'category',
        entityId: id,
        action: active ? 'reactivate' : 'deactivate',
        fromState: active ? 'inactive' : 'active',
        toState: active ? 'active' : 'inactive',
      });
    }
    return toCategoryAdminDto(row);
  });
  return { result: category, tags: TAGS };
}

async function assertNothingPublic(
  tx: Prisma.TransactionClient,
  categoryId: string,
): Promise<void> {
  const live = await tx.article.count({ where: { categoryId, ...published() } });
  const scheduled = await tx.articleRevision.count({ where: { categoryId, state: 'SCHEDULED' } });
  if (live + scheduled > 0) {
    throw new ConflictError(
      `Chuyên mục còn ${live + scheduled} bài đang đăng hoặc đã hẹn giờ đăng. Hãy chuyển các bài này sang chuyên mục khác hoặc gỡ bài trước khi ẩn chuyên mục.`,
    );
  }
}
