import 'server-only';
import { cached } from '../cache/cached';
import { cacheTags } from '../cache/tags';
import { db } from '../db/client';

export type CategoryDto = { id: string; slug: string; name: string; description: string };

const select = { id: true, slug: true, name: true, description: true } as const;

/** Active categories in their editorial order (navigation, home page). */
export async function loadCategories(): Promise<CategoryDto[]> {
  return db().category.findMany({
    where: { active: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select,
  });
}

export const getCategories = cached(loadCategories, {
  key: 'categories',
  tags: () => [cacheTags.categories],
});

/** An active category by slug, or null. */
export async function loadCategory(slug: string): Promise<CategoryDto | null> {
  if (slug.length > 200) return null;
  return db().category.findFirst({ where: { slug, active: true }, select });
}

export const getCategory = cached(loadCategory, {
  key: 'category',
  tags: () => [cacheTags.categories],
});
