import Link from 'next/link';
import { DateText } from '@/components/ui/date-text';
import type { ArticleSummary } from '@/lib/articles/dto';

/** "Đọc thêm": the editor's links to other published articles. Printed with their URLs. */
export function ReadMore({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <aside
      aria-labelledby="doc-them"
      className="print-show-url mt-8 border-l-4 border-nav bg-slate-50 p-4"
    >
      <h2 id="doc-them" className="text-lg font-bold text-nav">
        Đọc thêm
      </h2>
      <ul className="mt-2 space-y-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link
              href={`/tin-tuc/${article.slug}`}
              className="font-semibold text-link underline hover:text-brand"
            >
              {article.title}
            </Link>{' '}
            <span className="text-sm whitespace-nowrap text-slate-600">
              (<DateText value={article.publishedAt} />)
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
