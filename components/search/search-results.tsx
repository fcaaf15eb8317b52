import Link from 'next/link';
import { DateText } from '@/components/ui/date-text';
import { Pagination } from '@/components/ui/pagination';
import type { SearchOutcome, SearchParams } from '@/lib/search';
import { Highlighted } from './highlighted';
import { searchHref } from './search-href';

/** The count, the hits with highlighted title and excerpt, and the page links. */
export function SearchResults({
  outcome,
  params,
}: {
  outcome: SearchOutcome;
  params: SearchParams;
}) {
  const results = outcome.results;
  if (!results) return null;
  const shown = outcome.query.text;
  return (
    <section aria-labelledby="ket-qua" className="mt-8">
      <h2 id="ket-qua" className="text-xl font-bold text-slate-900">
        {results.total > 0
          ? `Tìm thấy ${results.capped ? 'hơn ' : ''}${results.total.toLocaleString('vi-VN')} kết quả cho “${shown}”`
          : `Không tìm thấy tin bài nào cho “${shown}”`}
      </h2>
      {results.total > 0 && results.items.length === 0 ? (
        <p className="mt-4 text-slate-700">
          Trang {results.page} không có kết quả.{' '}
          <Link href={searchHref(params, 1)}>Về trang 1</Link>
        </p>
      ) : null}
      {results.capped ? (
        <p className="mt-2 text-slate-700">
          Kết quả được xếp trong {results.total.toLocaleString('vi-VN')} bài mới nhất; thêm từ khoá
          hoặc chọn khoảng thời gian để tìm bài cũ hơn.
        </p>
      ) : null}
      {results.total === 0 ? (
        <p className="mt-4 text-slate-700">
          Hãy thử từ khoá ngắn hơn, bỏ bớt bộ lọc, hoặc bỏ dấu ngoặc kép.
        </p>
      ) : null}
      <ol className="mt-4 divide-y divide-slate-200">
        {results.items.map((hit) => (
          <li key={hit.slug} className="py-4">
            <h3 className="text-lg font-bold">
              <Link href={`/tin-tuc/${hit.slug}`} className="text-link hover:text-brand">
                <Highlighted parts={hit.titleParts} />
              </Link>
            </h3>
            <p className="mt-1 text-sm text-slate-700">
              {hit.category.name} · <DateText value={hit.publishedAt} />
            </p>
            <p className="mt-2 text-slate-800">
              <Highlighted parts={hit.excerpt} />
            </p>
          </li>
        ))}
      </ol>
      <Pagination
        page={results.page}
        pageCount={results.pageCount}
        href={(n) => searchHref(params, n)}
      />
    </section>
  );
}
