import type { Metadata } from 'next';
import { after } from 'next/server';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { getCategories } from '@/lib/categories/queries';
import { readSearchParams, recordSearch, searchArticles } from '@/lib/search';
import { publicPageMetadata } from '@/lib/site/metadata';

// Each search reads the database afresh (nothing cached), so an article taken
// down leaves the results on the very next search. Never prerendered: the
// build needs no database.
export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return {
    title: 'Tìm kiếm',
    description: 'Tìm tin bài trên Cổng Truyền thông Chính sách.',
    robots: { index: false, follow: true },
    ...publicPageMetadata({ path: '/tim-kiem', title: 'Tìm kiếm' }),
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = readSearchParams(await searchParams);
  const [outcome, categories] = await Promise.all([searchArticles(params), getCategories()]);
  // Recorded after the response is sent: the reader never waits for it.
  after(() => recordSearch(outcome));
  const empty = outcome.query.text === '';
  return (
    <>
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current="Tìm kiếm" />
      <h1 className="mt-4 border-b-4 border-brand pb-2 text-3xl font-bold text-brand">Tìm kiếm</h1>
      <SearchForm params={params} categories={categories} />
      {outcome.notices.length > 0 ? (
        <ul
          role="status"
          className="mt-4 list-disc rounded border border-amber-400 bg-amber-50 py-3 pr-4 pl-8 text-slate-900"
        >
          {outcome.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {empty ? <p className="mt-6 text-slate-700">Nhập từ khoá để tìm tin bài đã đăng.</p> : null}
      <SearchResults outcome={outcome} params={params} />
    </>
  );
}
