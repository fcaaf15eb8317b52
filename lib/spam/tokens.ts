import { fold } from '../search/fold';

/** At most this many distinct tokens per text: a 3,000-character text has about 700 syllables. */
const MAX_TOKENS = 400;
const MAX_TOKEN_LENGTH = 40;

/**
 * The features the spam filter counts: the text's distinct syllables,
 * diacritics folded ("Đầu tư" -> "dau", "tu"), and each pair of neighbouring
 * syllables ("dau tu"), since Vietnamese words are mostly two syllables and
 * a pair says more than either alone. Folding makes "khuyến mãi",
 * "khuyen mai" and "KHUYẾN MÃI" one feature. Sorted, so that concurrent
 * learners update rows in the same order.
 */
export function spamTokens(text: string): string[] {
  const syllables = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s.length > 0 && s.length <= MAX_TOKEN_LENGTH);
  const tokens = new Set<string>();
  for (let i = 0; i < syllables.length && tokens.size < MAX_TOKENS; i++) {
    tokens.add(syllables[i] as string);
    const next = syllables[i + 1];
    if (next !== undefined) tokens.add(`${syllables[i]} ${next}`);
  }
  return [...tokens].sort();
}
