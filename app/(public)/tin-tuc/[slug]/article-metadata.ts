import type { Metadata } from 'next';
import type { ArticleDetail } from '@/lib/articles/dto';
import { publicPageMetadata } from '@/lib/site/metadata';

/**
 * Title and description of an article page, built only from what the
 * published query returned: an unpublished article yields the same metadata
 * as an unknown slug, so not even its title leaks through <head>.
 */
export function articleMetadata(article: ArticleDetail | null): Metadata {
  if (!article) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const shared = publicPageMetadata({
    path: `/tin-tuc/${article.slug}`,
    title: article.title,
    description: article.lead,
    category: article.category,
    cover: article.cover,
  });
  return {
    title: article.title,
    description: article.lead,
    alternates: shared.alternates,
    openGraph: {
      ...shared.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      section: article.category.name,
    },
  };
}
