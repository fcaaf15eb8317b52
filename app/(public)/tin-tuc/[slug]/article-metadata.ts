import type { Metadata } from 'next';
import type { ArticleDetail } from '@/lib/articles/dto';

/**
 * Title and description of an article page, built only from what the
 * published query returned: an unpublished article yields the same metadata
 * as an unknown slug, so not even its title leaks through <head>.
 */
export function articleMetadata(article: ArticleDetail | null): Metadata {
  if (!article) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return {
    title: article.title,
    description: article.lead,
    openGraph: {
      type: 'article',
      locale: 'vi_VN',
      title: article.title,
      description: article.lead,
      publishedTime: article.publishedAt,
      section: article.category.name,
    },
  };
}
