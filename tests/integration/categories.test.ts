import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/core/actor';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { cacheTags } from '../../lib/cache/tags';
import { listCategoriesForAdmin } from '../../lib/categories/admin-queries';
import {
  createCategory,
  deactivateCategory,
  reactivateCategory,
  renameCategory,
} from '../../lib/categories/mutations';
import { db } from '../../lib/db/client';
import { resetDatabase } from '../helpers/integration';
import { createDraftArticle, createPublishedArticle } from '../helpers/fixtures';
import { firstAdmin, staffActor } from '../helpers/staff';

let admin: Actor;

function categoryAudit() {
  return db().auditEvent.findMany({ where: { entityType: 'category' }, orderBy: { id: 'asc' } });
}

async function create(name: string) {
  return (await createCategory(admin, { name })).result;
}

beforeEach(async () => {
  await resetDatabase();
  admin = await firstAdmin();
});

describe('categories are managed by admins only', () => {
  it.each(['EDITOR', 'APPROVER'] as const)('a %s is refused and nothing changes', async (role) => {
    const someone = await staffActor(role);
    const existing = await create('Tin tức');
    await expect(createCategory(someone, { name: 'Khác' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      renameCategory(someone, { categoryId: existing.id, name: 'Đổi' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deactivateCategory(someone, existing.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCategoriesForAdmin(someone)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().category.findMany()).map((c) => [c.name, c.active])).toEqual([
      ['Tin tức', true],
    ]);
  });
});

describe('createCategory', () => {
  it('derives the contract slug, appends it last, audits and names the tags to expire', async () => {
    await create('Tin tức');
    const change = await createCategory(admin, { name: 'Truyền thông Chính sách' });
    expect(change.result).toMatchObject({
      slug: 'truyen-thong-chinh-sach',
      position: 1,
      active: true,
    });
    expect(change.tags).toEqual(
      expect.arrayContaining([cacheTags.categories, cacheTags.articleLists]),
    );
    const last = (await categoryAudit()).at(-1);
    expect(last).toMatchObject({
      action: 'create',
      actorId: admin.id,
      toState: 'Truyền thông Chính sách',
    });
  });

  it('refuses a name whose slug is taken, on the name field', async () => {
    await create('Truyền thông Chính sách');
    const error = await createCategory(admin, { name: 'TRUYỀN THÔNG – chính sách' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.name?.[0]).toContain(
      '/chuyen-muc/truyen-thong-chinh-sach',
    );
    expect(await db().category.count()).toBe(1);
  });

  it('refuses an empty name or one with no letter or digit', async () => {
    for (const name of ['   ', '!!!']) {
      const error = await createCategory(admin, { name }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.name).toHaveLength(1);
    }
    expect(await db().category.count()).toBe(0);
  });
});

describe('renaming, ordering, deactivating', () => {
  it('renames without changing the slug, audited with old and new name', async () => {
    const category = await create('Tin tức');
    const renamed = await renameCategory(admin, { categoryId: category.id, name: 'Tin hoạt động' });
    expect(renamed.result).toMatchObject({ name: 'Tin hoạt động', slug: 'tin-tuc' });
    expect((await categoryAudit()).at(-1)).toMatchObject({
      action: 'rename',
      fromState: 'Tin tức',
      toState: 'Tin hoạt động',
    });
  });

  it('deactivates an unused category (drafts allowed) and reactivates it, audited', async () => {
    const category = await create('Tạm');
    await createDraftArticle({ category });
    expect((await deactivateCategory(admin, category.id)).result.active).toBe(false);
    expect((await reactivateCategory(admin, category.id)).result.active).toBe(true);
    const actions = (await categoryAudit()).map((r) => r.action);
    expect(actions).toEqual(['create', 'deactivate', 'reactivate']);
  });

  it('refuses to hide a category that still has a published article', async () => {
    const category = await create('Tin tức');
    await createPublishedArticle({ category });
    await expect(deactivateCategory(admin, category.id)).rejects.toBeInstanceOf(ConflictError);
    expect((await db().category.findUniqueOrThrow({ where: { id: category.id } })).active).toBe(
      true,
    );
  });
});
