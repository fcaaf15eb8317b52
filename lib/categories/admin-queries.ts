import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { authorize } from '../core/policy';

/** A category as the admin screen shows it, inactive ones included. */
export type CategoryAdminDto = {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  active: boolean;
  articleCount: number;
};

export const categoryAdminSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  position: true,
  active: true,
  _count: { select: { articles: true } },
} satisfies Prisma.CategorySelect;

type Row = Prisma.CategoryGetPayload<{ select: typeof categoryAdminSelect }>;

export function toCategoryAdminDto({ _count, ...category }: Row): CategoryAdminDto {
  return { ...category, articleCount: _count.articles };
}

/** Every category in editorial order, with how many articles each holds (admins only). */
export async function listCategoriesForAdmin(actor: Actor): Promise<CategoryAdminDto[]> {
  authorize(actor, 'manageCategories');
  const rows = await db().category.findMany({
    select: categoryAdminSelect,
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
  return rows.map(toCategoryAdminDto);
}
