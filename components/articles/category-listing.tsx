import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import type { CategoryListing } from '@/lib/articles/queries';
import { publicPageMetadata } from '@/lib/site/metadata';
import { ArticleCard } from './article-card';

/**
 * The public address of page `page` of a category: `?trang=N` (the address citizens share),
 * and the bare address for page 1, so each page has one URL. next.config's
 * rewrite serves `?trang=N` from the route /chuyen-muc/{slug}/trang/{N}.
 */
export function categoryPageHref(slug: string, page: number): string {
  return `/chuyen-muc/${slug}${page > 1 ? `?trang=${page}` : ''}`;
}

/** Title and description of a category page; a missing one is not indexed. */
export function categoryListingMetadata(data: CategoryListing | null): Metadata {
  if (!data) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const { category, listing } = data;
  const title = listing.page > 1 ? `${category.name} - Trang ${listing.page}` : category.name;
  const description = category.description || `Tin bài chuyên mục ${category.name}.`;
  return {
    title,
    description,
    ...publicPageMetadata({
      path: categoryPageHref(category.slug, listing.page),
      title,
      description,
      category,
    }),
  };
}

/** One page of a category: its published articles, newest first, and the page links. */
export function CategoryListingView({ category, listing }: CategoryListing) {
  return (
    <>
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current={category.name} />
      <h1 className="mt-4 border-b-4 border-brand pb-2 text-3xl font-bold text-brand">
        {category.name}
      </h1>
      {category.description ? <p className="mt-3 text-slate-700">{category.description}</p> : null}
      <p className="mt-2 text-sm text-slate-600">
        {listing.total} tin bài
        {listing.pageCount > 1 ? ` · Trang ${listing.page}/${listing.pageCount}` : ''}
      </p>
      {listing.items.length === 0 ? (
        <p className="mt-8 text-slate-700">Chuyên mục chưa có tin bài nào được đăng.</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200">
          {listing.items.map((article) => (
            <li key={article.slug} className="py-5 first:pt-0">
              <ArticleCard article={article} heading="h2" variant="row" />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={listing.page}
        pageCount={listing.pageCount}
        href={(n) => categoryPageHref(category.slug, n)}
      />
    </>
  );
}
