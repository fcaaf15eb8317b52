import type { PrismaClient } from '../generated/prisma/client';
import { ensureDemoAccounts, resolveSeedActors, type SeedActors } from './accounts';
import { seedArticle } from './articles';
import { seedSampleConsultation } from './consultation';
import { seedSampleEvent } from './event';
import { ensureCategory } from './category';
import { mainArticle, readMoreTitle } from './content/article';
import { relatedArticles } from './content/related';
import { seedPages } from './content/pages';
import { seedPage } from './pages';
import { ensurePlan } from './plan';
import { slugify } from '../text/slug';

export type SeedOptions = {
  /** Create the demo accounts (embedded database, tests). */
  demoAccounts: boolean;
  /** The media folder (MEDIA_DIR); the seed writes no file there today. */
  mediaDir: string;
};

export type SeedReport = {
  accountsCreated: string[];
  categoryCreated: boolean;
  planCreated: boolean;
  articlesCreated: string[];
  articlesKept: string[];
  /** Slugs of the portal's own pages created by this run. */
  pagesCreated: string[];
  /** The demo's sample consultation, when this run created it (demo only). */
  consultationsCreated: string[];
  /** The demo's sample event, when this run created it (demo only). */
  eventsCreated: string[];
};

/**
 * Seeds the portal from the source article (lib/seed/source/): the category,
 * the 2023 communication plan, the eight related items and the article with
 * its "Đọc thêm" link and plan links, all published and approved; the
 * portal's own pages (about, contacts, English, footer notice); plus, in
 * the demo only, the demo accounts, one sample consultation and one sample
 * event, both marked [Mẫu]. Idempotent: what exists is never changed,
 * so a second run writes nothing. The source names no event: only the demo gets one.
 */
export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = {
    accountsCreated: [],
    categoryCreated: false,
    planCreated: false,
    articlesCreated: [],
    articlesKept: [],
    pagesCreated: [],
    consultationsCreated: [],
    eventsCreated: [],
  };
  if (options.demoAccounts) await ensureDemoAccounts(db, report.accountsCreated);
  const category = await ensureCategory(db);
  report.categoryCreated = category.created;
  const plan = await ensurePlan(db);
  report.planCreated = plan.created;
  let actors: Promise<SeedActors> | undefined;
  const ctx = {
    db,
    categoryId: category.id,
    actors: () => {
      actors ??= resolveSeedActors(db, report.accountsCreated);
      return actors;
    },
  };
  // Oldest first, so the article's "Đọc thêm" target exists before it.
  const items = [...relatedArticles].reverse().map((article) => ({ article, links: {} }));
  items.push({
    article: mainArticle,
    links: { readMoreSlugs: [slugify(readMoreTitle)], planItemIds: plan.solutionIds },
  });
  for (const { article, links } of items) {
    const created = await seedArticle(ctx, article, links);
    (created ? report.articlesCreated : report.articlesKept).push(slugify(article.title));
  }
  const now = new Date();
  for (const page of seedPages) {
    if (await seedPage(ctx, page, now)) report.pagesCreated.push(page.slug);
  }
  // Sample text, clearly marked: only in the demo, never on a real server.
  if (options.demoAccounts) {
    const slug = await seedSampleConsultation(db, await ctx.actors(), now);
    if (slug) report.consultationsCreated.push(slug);
    const event = await seedSampleEvent(db, await ctx.actors(), now);
    if (event) report.eventsCreated.push(event);
  }
  return report;
}
