import { fold } from '../search/fold';

/** Words of a text as compared: folded (no diacritics, đ -> d, lowercase). */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How often each word occurs: what diceSimilarity compares. */
export type WordBag = Map<string, number>;

/** The bag of folded words of a text. */
export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const word of foldedWords(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: WordBag): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

/**
 * Dice coefficient of two word bags, 0 (nothing shared) to 1 (same words,
 * same counts). Word order is ignored on purpose: a redraft that moves a
 * clause within a Khoản is still that Khoản. Two empty texts are the same.
 */
export function diceSimilarity(a: WordBag, b: WordBag): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / total;
}
