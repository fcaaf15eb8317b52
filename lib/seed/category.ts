import type { PrismaClient } from '../generated/prisma/client';
import { seedCategory } from './content/category';

/** The seeded category's id, creating it when missing (an existing one is not changed). */
export async function ensureCategory(db: PrismaClient): Promise<{ id: string; created: boolean }> {
  const found = await db.category.findUnique({
    where: { slug: seedCategory.slug },
    select: { id: true },
  });
  if (found) return { id: found.id, created: false };
  const category = await db.category.create({ data: seedCategory, select: { id: true } });
  return { id: category.id, created: true };
}
