import 'server-only';
import { type ArticleSummary, type Paged, summarySelect, toSummary } from '../articles/dto';
import { published } from '../articles/published';
import { loadCategory } from '../categories/queries';
import { db } from '../db/client';
import type { SearchParams } from './params';
import { isSearchable, type ParsedQuery, parseQuery } from './query';
import { rankArticleIds } from './sql';
import { highlight, markdownToText, type Segment, snippet } from './snippet';

/**
 * Public search: the one interface pages use. Everything behind it (the
 * PostgreSQL full-text query in sql.ts) could be swapped for a search server
 * without touching a page: see the README.
 */

export const SEARCH_PAGE_SIZE = 20;

export type SearchHit = ArticleSummary & { titleParts: Segment[]; excerpt: Segment[] };

export type SearchOutcome = {
  query: ParsedQuery;
  /** Notices about the input (URL parameters and the query), in Vietnamese. */
  notices: string[];
  /**
   * Null when there was nothing to search for. `capped`: more matches than
   * could be counted and ranked (lib/search/sql.ts MAX_CANDIDATES).
   */
  results: (Paged<SearchHit> & { capped: boolean }) | null;
  /** Database time of the search, in milliseconds. */
  durationMs: number;
};

/** Searches published articles; never throws on user input. */
export async function searchArticles(params: SearchParams): Promise<SearchOutcome> {
  const query = parseQuery(params.q);
  const notices = [...params.notices, ...query.notices];
  if (!isSearchable(query)) return { query, notices, results: null, durationMs: 0 };
  const started = performance.now();
  const category = params.category ? await loadCategory(params.category) : null;
  if (params.category && !category)
    notices.push('Không có chuyên mục này: tìm trong mọi chuyên mục.');
  const ranked = await rankArticleIds(
    query,
    {
      categoryId: category?.id,
      from: params.range.from,
      until: params.range.until,
      sort: params.sort,
    },
    { size: SEARCH_PAGE_SIZE, offset: (params.page - 1) * SEARCH_PAGE_SIZE },
  );
  const hits = await loadHits(ranked.ids, query);
  const durationMs = Math.round(performance.now() - started);
  const pageCount = Math.max(1, Math.ceil(ranked.total / SEARCH_PAGE_SIZE));
  return {
    query,
    notices,
    results: {
      items: hits,
      page: params.page,
      pageCount,
      total: ranked.total,
      capped: ranked.capped,
    },
    durationMs,
  };
}

/**
 * The cards for the ranked ids, in rank order. Read through published()
 * again, so an article taken down between the two queries is left out.
 */
async function loadHits(ids: string[], query: ParsedQuery): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({
    where: { id: { in: ids }, ...published() },
    select: {
      ...summarySelect,
      id: true,
      liveRevision: { select: { ...summarySelect.liveRevision.select, body: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const summary = row ? toSummary(row) : null;
    if (!row || !summary) return [];
    const lead = summary.lead;
    const leadMatches = highlight(lead, query.foldedWords).some((part) => part.mark);
    const source = leadMatches ? lead : markdownToText(row.liveRevision?.body ?? '') || lead;
    return [
      {
        ...summary,
        titleParts: highlight(summary.title, query.foldedWords),
        excerpt: snippet(source, query.foldedWords),
      },
    ];
  });
}

/**
 * Records one search for the trends dashboard: the normalised query, the
 * number of results and the database time. Nothing about who searched.
 * A failure to record never fails the search.
 */
export async function recordSearch(outcome: SearchOutcome): Promise<void> {
  if (!outcome.results) return;
  try {
    await db().searchLog.create({
      data: {
        query: outcome.query.normalised,
        resultCount: outcome.results.total,
        durationMs: outcome.durationMs,
      },
    });
  } catch (error) {
    console.error('Could not record a search', error);
  }
}

export type { SearchParams } from './params';
export { readSearchParams } from './params';
export type { Segment } from './snippet';
