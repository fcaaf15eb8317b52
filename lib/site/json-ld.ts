import { MINISTRY_NAME, PORTAL_NAME } from './names';
import type { ArticleDetail } from '../articles/dto';
import { shareImage } from './metadata';
import { absoluteUrl, siteUrl } from './url';

/**
 * schema.org structured data, built only from what the published query
 * returned. Serialised by jsonLdScript(), which escapes "<" so no text in an
 * article can close the <script> element.
 */
type JsonLd = Record<string, unknown>;

export function organizationJsonLd(): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: MINISTRY_NAME,
    url: siteUrl(),
    logo: absoluteUrl('/icon.svg'),
    subOrganization: { '@type': 'WebSite', name: PORTAL_NAME, url: siteUrl() },
  };
}

export function newsArticleJsonLd(article: ArticleDetail): JsonLd {
  const url = absoluteUrl(`/tin-tuc/${article.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: article.lead,
    image: [shareImage(article.cover).url],
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    articleSection: article.category.name,
    inLanguage: 'vi',
    author: { '@type': 'GovernmentOrganization', name: MINISTRY_NAME, url: siteUrl() },
    publisher: {
      '@type': 'GovernmentOrganization',
      name: MINISTRY_NAME,
      logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
    },
  };
}

export function breadcrumbJsonLd(article: ArticleDetail): JsonLd {
  const crumbs = [
    { name: 'Trang chủ', url: absoluteUrl('/') },
    { name: article.category.name, url: absoluteUrl(`/chuyen-muc/${article.category.slug}`) },
    { name: article.title, url: absoluteUrl(`/tin-tuc/${article.slug}`) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML. */
export function jsonLdScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
