import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DateText } from '@/components/ui/date-text';
import type { ArticleDetail, ArticleSummary } from '@/lib/articles/dto';
import { ArticleCover } from './article-cover';
import { ChangeNote } from './change-note';
import { ReadMore } from './read-more';
import { ShareLinks } from './share-links';

/**
 * A published article as citizens read it; bodyHtml is already sanitised,
 * and empty when the body only repeated the lead (lib/articles/dto.ts).
 */
export function ArticleView({
  article,
  readMore,
}: {
  article: ArticleDetail;
  readMore: ArticleSummary[];
}) {
  return (
    <article>
      <Breadcrumb
        trail={[
          { href: '/', label: 'Trang chủ' },
          { href: `/chuyen-muc/${article.category.slug}`, label: article.category.name },
        ]}
      />
      <header className="mt-4">
        <h1 className="text-3xl leading-tight font-bold text-slate-900 sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          <span>
            Ngày đăng: <DateText value={article.publishedAt} withTime />
          </span>
          {article.modifiedAt > article.publishedAt ? (
            <span>
              Cập nhật lúc <DateText value={article.modifiedAt} withTime />
            </span>
          ) : null}
          {article.source ? <span>Nguồn: {article.source}</span> : null}
        </p>
        <p className="mt-4 text-lg leading-relaxed font-semibold text-slate-900 sm:text-xl">
          {article.lead}
        </p>
      </header>
      {article.cover ? <ArticleCover cover={article.cover} /> : null}
      {article.bodyHtml ? (
        <div
          className="article-body mt-6"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody() output passed an allow-list sanitiser
          dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
        />
      ) : null}
      {article.update ? <ChangeNote note={article.update.note} at={article.update.at} /> : null}
      <ReadMore articles={readMore} />
      <ShareLinks slug={article.slug} title={article.title} />
    </article>
  );
}
