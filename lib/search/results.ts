import 'server-only';
import { type ArticleSummary, toSummary } from '../articles/dto';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from './query';
import { highlight, markdownToText, type Segment, snippet } from './snippet';
import {
  countSql,
  type HitRow,
  MAX_CANDIDATES,
  PLAN_SETTINGS,
  rankingSql,
  type SearchFilters,
} from './sql';

export type SearchHit = ArticleSummary & { titleParts: Segment[]; excerpt: Segment[] };

export type FoundPage = {
  hits: SearchHit[];
  /** Matches counted, at most MAX_CANDIDATES. */
  total: number;
  /** True when there are more matches than were counted and ranked. */
  capped: boolean;
};

/** One statement under the search's plan settings: a transaction of two queries. */
async function withIndexes<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db().$transaction([
    db().$queryRaw(PLAN_SETTINGS),
    db().$queryRaw<T[]>(sql),
  ]);
  return rows;
}

/** One page of hits, best first, and the number of matches (see rankingSql). */
export async function findPage(
  query: ParsedQuery,
  filters: SearchFilters,
  page: { size: number; offset: number },
): Promise<FoundPage> {
  const now = new Date();
  const rows = await withIndexes<HitRow>(rankingSql(query, filters, page, now));
  const first = rows[0];
  if (first || page.offset === 0) {
    return { hits: rows.flatMap((row) => toHit(row, query) ?? []), ...counted(first?.total) };
  }
  // Past the last page: still say how many there are, for the page links.
  const [count] = await withIndexes<{ total: bigint }>(countSql(query, filters, now));
  return { hits: [], ...counted(count?.total) };
}

function counted(total: bigint | undefined): Pick<FoundPage, 'total' | 'capped'> {
  const n = Number(total ?? 0);
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
