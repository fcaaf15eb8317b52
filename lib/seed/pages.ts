import { createPublished, type ArticleSeedContext } from './articles';
import type { SeedPage } from './content/pages';

/**
 * Seeds one of the portal's pages as published (kind PAGE, at its fixed
 * slug), written by the editor and approved by the approver like a seeded
 * article. A page whose slug exists is left alone. Returns whether it was created.
 */
export async function seedPage(
  ctx: ArticleSeedContext,
  page: SeedPage,
  publishedAt: Date,
): Promise<boolean> {
  const exists = await ctx.db.article.findUnique({
    where: { slug: page.slug },
    select: { id: true },
  });
  if (exists) return false;
  const actors = await ctx.actors();
  await ctx.db.$transaction((tx) =>
    createPublished(
      tx,
      ctx.categoryId,
      page.slug,
      { ...page.content, publishedAt },
      actors,
      { coverMediaId: null, readMoreIds: [], planItemIds: [] },
      { kind: 'PAGE', locale: page.locale },
    ),
  );
  return true;
}
