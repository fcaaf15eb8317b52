import type { Metadata } from 'next';
import { ArticleView } from '@/components/articles/article-view';
import { RelatedArticles } from '@/components/articles/related-articles';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { JsonLd } from '@/components/layout/json-ld';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getPublishedArticle, getReadMore, getRelatedArticles } from '@/lib/articles/queries';
import { env } from '@/lib/env';
import { getArticleFeedback } from '@/lib/feedback/queries';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/site/json-ld';
import { articleMetadata } from './article-metadata';

// Full-route cache (ISR): rendered on first request, then served from the
// cache until a tag it read is expired. Verified with a production build:
// after expireTags(tagsForArticle(slug)) in a route handler, the next request
// to an unpublished article answers 404, a republished one 200 again, and a
// page listing a withdrawn article in "Tin cùng chuyên mục" drops it. Tag
// expiry lives in memory only, so cached entries must not outlive the process
// (next.config: experimental.isrFlushToDisk = false).
// No params at build time: the build needs no database.
// Nothing public at this slug: NotFoundResponse, not notFound(), so the 404
// carries its Vietnamese message in the HTML (see there); it is cached and
// expired by the same tags, so a later publish answers 200 at once.
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return articleMetadata(await getPublishedArticle(slug));
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getPublishedArticle(slug);
  if (!article) return <NotFoundResponse />;
  const [readMore, related, feedback] = await Promise.all([
    getReadMore(article.id),
    getRelatedArticles(article.id, article.categoryId),
    getArticleFeedback(slug),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd(article)]} />
      {/* "In bài viết" and "Sao chép liên kết" (components/articles/share-links.tsx). */}
      <script async src="/article-tools.js" />
      <ArticleView article={article} readMore={readMore} />
      <FeedbackSection
        slug={slug}
        feedback={feedback}
        retentionDays={env().FEEDBACK_RETENTION_DAYS}
      />
      <RelatedArticles articles={related} />
    </div>
  );
}
