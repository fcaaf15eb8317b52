import 'server-only';
import { published } from '@/lib/articles/published';
import type { Actor } from '@/lib/auth/actor';
import { loadCategories } from '@/lib/categories/queries';
import { db } from '@/lib/db/client';
import { loadPlan, loadPlanYears } from '@/lib/plans/queries';
import { authorize } from '@/lib/workflow/policy';

export type Option = { value: string; label: string };

export type EditorOptions = {
  categories: Option[];
  /** Published articles an article may point to under "Đọc thêm". */
  readMore: Option[];
  /** The newest plan's key solutions, which an article may carry out. */
  planItems: Option[];
  planTitle: string | null;
};

const READ_MORE_LIMIT = 200;

/**
 * The choices of the article form. A thin adapter until lib/ offers these
 * reads for staff (requested): it only reads public data, uncached, so a
 * category or article published a second ago is offered at once.
 */
export async function loadEditorOptions(actor: Actor): Promise<EditorOptions> {
  authorize(actor, 'createArticle');
  const [categories, articles, years] = await Promise.all([
    loadCategories(),
    db().article.findMany({
      where: published(),
      orderBy: { publishedAt: 'desc' },
      take: READ_MORE_LIMIT,
      select: { id: true, liveRevision: { select: { title: true } } },
    }),
    loadPlanYears(),
  ]);
  const plan = years[0] === undefined ? null : await loadPlan(years[0]);
  return {
    categories: categories.map((c) => ({ value: c.id, label: c.name })),
    readMore: articles.map((a) => ({ value: a.id, label: a.liveRevision?.title ?? a.id })),
    planItems: (plan?.items.SOLUTION ?? []).map((i) => ({ value: i.id, label: i.title })),
    planTitle: plan?.title ?? null,
  };
}
