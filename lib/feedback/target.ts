import { tagsForArticle, tagsForConsultation } from '../cache/tags';

/** What to select with an item so its public page can be named. */
export const targetSelect = {
  article: { select: { slug: true } },
  consultation: { select: { slug: true } },
} as const;

type Targeted = { article: { slug: string } | null; consultation: { slug: string } | null };

/** The public page that shows an item once published, and its cache tags. */
export type ItemPage = { path: string; anchor: string; tags: string[] };

/**
 * Article feedback lives in the article's "Ý kiến bạn đọc" section; a
 * consultation comment on the consultation's page. Exactly one of the two is
 * set (a CHECK constraint).
 */
export function itemPage(row: Targeted): ItemPage {
  if (row.consultation) {
    const { slug } = row.consultation;
    return { path: `/du-thao/${slug}`, anchor: 'gop-y', tags: tagsForConsultation(slug) };
  }
  const slug = row.article?.slug ?? '';
  return { path: `/tin-tuc/${slug}`, anchor: 'y-kien', tags: tagsForArticle(slug) };
}
