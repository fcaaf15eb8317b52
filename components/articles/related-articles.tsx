import type { ArticleSummary } from '@/lib/articles/dto';
import { ArticleCard } from './article-card';

/** "Tin cùng chuyên mục" below an article; left out of print. */
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section
      aria-labelledby="tin-cung-chuyen-muc"
      className="print-hidden mt-12 border-t-4 border-brand pt-6"
    >
      <h2 id="tin-cung-chuyen-muc" className="text-2xl font-bold text-brand">
        Tin cùng chuyên mục
      </h2>
      <ul className="mt-4 grid gap-x-8 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug} className="border-b border-slate-200 py-4">
            <ArticleCard
              article={article}
              heading="h3"
              variant="tile"
              showLead={false}
              withImage={false}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
