import { Prisma } from '../generated/prisma/client';
import type { ParsedQuery } from './query';

// What a parsed query becomes in SQL: text search queries and conditions
// on "SearchEntry" aliased `s`. User input only ever travels as parameters.

/**
 * The text query, folded by the database's own search_fold() so query and
 * documents fold alike. plainto/phraseto_tsquery accept any text: no user
 * input is ever parsed as tsquery syntax. Written out where it is used (not
 * in a CTE) so the planner folds it to a constant and estimates its matches.
 */
export function textQuery(query: ParsedQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.words.length > 0) {
    parts.push(Prisma.sql`plainto_tsquery('simple', public.search_fold(${query.words.join(' ')}))`);
  }
  for (const phrase of query.phrases) {
    parts.push(Prisma.sql`phraseto_tsquery('simple', public.search_fold(${phrase}))`);
  }
  return Prisma.sql`(${Prisma.join(parts, ' && ')})`;
}

/**
 * The typed words with their diacritics (lowercased only), all required: an
 * article holding every one exactly ranks above those that hold them only
 * without diacritics ("đầu tư" above "dầu từ"). A plain AND of words, which
 * the index answers without reading a vector back; "exact" has no
 * positions, so a phrase's words are asked for in any order.
 */
export function exactQuery(query: ParsedQuery): Prisma.Sql {
  return Prisma.sql`plainto_tsquery('simple', ${query.exactTerms.join(' ')})`;
}

/**
 * Every adjacent word pair of every quoted phrase must be in the article's
 * "pairs": the index that finds a phrase of common words quickly (the
 * vector's phrase operator then checks the order of the few rows left).
 */
export function pairsSql(query: ParsedQuery): Prisma.Sql {
  // The function is immutable: the planner evaluates it once, folds the
  // null test away and keeps an indexable `s.pairs @@ constant`.
  const parts = query.phrases.map(
    (phrase) =>
      Prisma.sql`AND (public.search_pairs_query(${phrase}) IS NULL OR s.pairs @@ public.search_pairs_query(${phrase}))`,
  );
  return parts.length > 0 ? Prisma.join(parts, ' ') : Prisma.empty;
}
