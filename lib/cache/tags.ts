/**
 * Cache tags for public data. Every cached public read is tagged with what
 * it shows; every publish, unpublish or edit of public data expires the tags
 * of what showed it. A publish touches lists everywhere (home, categories,
 * "Tin cùng chuyên mục", the plan page), so lists share one tag.
 */
export const cacheTags = {
  /** Home, category listings, related news, "Đọc thêm", plan page links. */
  articleLists: 'articles',
  article: (slug: string) => `article:${slug}`,
  categories: 'categories',
  plan: (year: number) => `plan:${year}`,
  plans: 'plans',
  /** /du-thao, the sitemap. */
  consultationLists: 'consultations',
  consultation: (slug: string) => `consultation:${slug}`,
  /** /su-kien, its feed and calendar, the home page's next events, the sitemap. */
  eventLists: 'events',
  event: (slug: string) => `event:${slug}`,
} as const;

/** What to expire when an article's public state changes. */
export function tagsForArticle(slug: string): string[] {
  return [cacheTags.articleLists, cacheTags.article(slug), cacheTags.plans];
}

/** What to expire when a consultation's public version changes. */
export function tagsForConsultation(slug: string): string[] {
  return [cacheTags.consultationLists, cacheTags.consultation(slug)];
}

/** What to expire when an event's public revision changes (plan pages list events too). */
export function tagsForEvent(slug: string): string[] {
  return [cacheTags.eventLists, cacheTags.event(slug), cacheTags.plans];
}
