import 'server-only';
import type { Paged } from '../articles/dto';
import { loadCategory } from '../categories/queries';
import { db } from '../db/client';
import type { SearchParams } from './params';
import { isSearchable, type ParsedQuery, parseQuery } from './query';
import { findPage, type SearchHit } from './results';

/**
 * Public search: the one interface pages use. Everything behind it (the
 * PostgreSQL full-text query in sql.ts) could be swapped for a search server
 * without touching a page: see docs/architecture.md.
 */

export const SEARCH_PAGE_SIZE = 20;

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
  const found = await findPage(
    query,
    {
      categoryId: category?.id,
      from: params.range.from,
      until: params.range.until,
      sort: params.sort,
    },
    { size: SEARCH_PAGE_SIZE, offset: (params.page - 1) * SEARCH_PAGE_SIZE },
  );
  const durationMs = Math.round(performance.now() - started);
  const pageCount = Math.max(1, Math.ceil(found.total / SEARCH_PAGE_SIZE));
  return {
    query,
    notices,
    results: {
      items: found.hits,
      page: params.page,
      pageCount,
      total: found.total,
      capped: found.capped,
    },
    durationMs,
  };
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
export type { SearchHit } from './results';
export type { Segment } from './snippet';
