import 'server-only';
import { type ArticleSummary, toSummary } from '../articles/dto';
import { searchRows } from './connection';
import type { ParsedQuery } from './query';
import { highlight, markdownToText, type Segment, snippet } from './snippet';
import { MAX_CANDIDATES, type SearchFilters } from './candidates';
import { countSql, type HitRow, rankingSql } from './sql';

export type SearchHit = ArticleSummary & { titleParts: Segment[]; excerpt: Segment[] };

export type FoundPage = {
  hits: SearchHit[];
  /** Matches counted, at most MAX_CANDIDATES. */
  total: number;
  /** True when there are more matches than were counted and ranked. */
  capped: boolean;
};

/** One page of hits, best first, and the number of matches (see rankingSql). */
export async function findPage(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
): Promise<FoundPage> {
  const now = new Date();
  const rows = await searchRows<HitRow>(rankingSql(query, filters, page, now));
  const first = rows[0];
  if (first || page.offset === 0) {
    return { hits: rows.flatMap((row) => toHit(row, query) ?? []), ...counted(first?.total) };
  }
  // Past the last page: still say how many there are, for the page links.
  const [count] = await searchRows<{ total: number }>(countSql(query, filters, now));
  return { hits: [], ...counted(count?.total) };
}

function counted(total: number | undefined): Pick<FoundPage, 'total' | 'capped'> {
  const n = total ?? 0;
  return { total: Math.min(n, MAX_CANDIDATES), capped: n > MAX_CANDIDATES };
}

/**
 * A card with the matches marked: in the title, and in an excerpt of the
 * lead when the lead matches, else of the body (highlighting is done here,
 * for the 20 rows shown only).
 */
function toHit(row: HitRow, query: ParsedQuery): SearchHit | null {
  const media = row.mediaPath
    ? {
        path: row.mediaPath,
        width: row.mediaWidth ?? 0,
        height: row.mediaHeight ?? 0,
        alt: row.mediaAlt ?? '',
        caption: row.mediaCaption ?? '',
        credit: row.mediaCredit ?? '',
      }
    : null;
  const live = { title: row.title, lead: row.lead, coverCaption: row.coverCaption };
  const summary = toSummary({
    slug: row.slug,
    publishedAt: row.publishedAt,
    category: { slug: row.categorySlug, name: row.categoryName },
    liveRevision: { ...live, coverMedia: media },
  });
  if (!summary) return null;
  const leadMatches = highlight(summary.lead, query.foldedWords).some((part) => part.mark);
  const source = leadMatches ? summary.lead : markdownToText(row.body) || summary.lead;
  return {
    ...summary,
    titleParts: highlight(summary.title, query.foldedWords),
    excerpt: snippet(source, query.foldedWords),
  };
}
