import type { Metadata } from 'next';
import { ArticleListFilters } from '@/components/staff/article-list/article-list-filters';
import { ArticleListTable } from '@/components/staff/article-list/article-list-table';
import { Pagination } from '@/components/ui/pagination';
import { listStaffArticles, listStaffListChoices } from '@/lib/articles/staff-list';
import { staffListQuerySchema, toStaffListFilters } from '@/lib/articles/staff-list-schema';
import { requireActor } from '@/lib/auth/guards';
import { filterSearch } from '@/lib/forms/filter-params';

export const metadata: Metadata = { title: 'Tất cả bài viết' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every article, filtered by the GET form; the query and its checks live in lib/articles. */
export default async function ArticleListPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = staffListQuerySchema.parse(await searchParams);
  const { filters, badDates } = toStaffListFilters(query);
  const [list, choices] = await Promise.all([
    listStaffArticles(actor, filters),
    listStaffListChoices(actor),
  ]);
  const href = (page: number) => `/quan-tri/bai-viet${filterSearch(query, page)}`;
  return (
    <>
      <h1 className="text-2xl font-bold">Tất cả bài viết</h1>
      <ArticleListFilters query={query} badDates={badDates} {...choices} />
      <h2 className="text-lg font-semibold" aria-live="polite">
        {list.total} bài viết · trang {list.page}/{list.pageCount}
      </h2>
      <ArticleListTable items={list.items} caption={`Danh sách bài viết, trang ${list.page}`} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </>
  );
}
