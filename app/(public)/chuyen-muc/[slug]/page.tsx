import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/articles/article-card';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { getCategoryArticles } from '@/lib/articles/queries';
import { getCategory } from '@/lib/categories/queries';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * `?trang=N`: absent means page 1; anything but a plain positive integer
 * (0, -1, 1.5, "abc", a repeated parameter) is not a page and answers 404,
 * so each listing has exactly one URL per page.
 */
function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePage(query.trang);
  const category = page === null ? null : await getCategory(slug);
  if (!category || page === null) return null;
  const listing = await getCategoryArticles(category.id, page);
  return listing ? { category, listing } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const { category, listing } = data;
  return {
    title: listing.page > 1 ? `${category.name} - Trang ${listing.page}` : category.name,
    description: category.description || `Tin bài chuyên mục ${category.name}.`,
  };
}

export default async function CategoryPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { category, listing } = data;
  const href = (n: number) => `/chuyen-muc/${category.slug}${n > 1 ? `?trang=${n}` : ''}`;
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
      <Pagination page={listing.page} pageCount={listing.pageCount} href={href} />
    </>
  );
}
