/**
 * The portal's own pages: fixed addresses, content edited and approved like
 * an article (Article.kind PAGE). The footer's legal notice is a page too,
 * shown at the foot of every public page rather than at an address.
 */
export const PAGE_SLUGS = {
  about: 'gioi-thieu',
  contact: 'lien-he',
  english: 'en',
  footer: 'chan-trang',
} as const;

export type PageSlug = (typeof PAGE_SLUGS)[keyof typeof PAGE_SLUGS];

/** Pages with an address of their own, /{slug}; the footer has none. */
export const ROUTED_PAGE_SLUGS: readonly string[] = [
  PAGE_SLUGS.about,
  PAGE_SLUGS.contact,
  PAGE_SLUGS.english,
];

/**
 * Where the public reads an article or page of this kind and slug; the
 * footer page shows at the foot of every page, so the home page.
 */
export function publicPath(kind: 'ARTICLE' | 'PAGE', slug: string): string {
  if (kind === 'ARTICLE') return `/tin-tuc/${slug}`;
  return ROUTED_PAGE_SLUGS.includes(slug) ? `/${slug}` : '/';
}
