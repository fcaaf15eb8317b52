import { fold } from './fold';

/**
 * Finding folded words in text as it is written, without folding the text:
 * each letter of a word becomes the class of every letter that folds to it
 * ("a" -> [aAàÀáÁ…ấẤ…]), so one scan by a regular expression finds every
 * match at its place in the text. Folding a long body a character at a time,
 * and mapping positions back, cost a page of results milliseconds.
 */

export type Range = [start: number, end: number];

// The blocks holding letters that fold to another letter: Latin (Vietnamese
// included), Greek, Cyrillic. A letter of any other script folds to its
// lower case only, which the expression's case-insensitivity covers.
const BLOCKS: [first: number, last: number][] = [
  [0x41, 0x24f],
  [0x370, 0x52f],
  [0x1e00, 0x1eff],
];

let variants: Map<string, string> | undefined;

/** For each folded letter, every letter of BLOCKS folding to it, itself included. */
function variantTable(): Map<string, string> {
  if (variants) return variants;
  const sets = new Map<string, Set<string>>();
  for (const [first, last] of BLOCKS) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      const folded = fold(char);
      if (Array.from(folded).length !== 1) continue;
      const set = sets.get(folded) ?? new Set([folded]);
      sets.set(folded, set.add(char));
    }
  }
  variants = new Map([...sets].map(([folded, set]) => [folded, [...set].join('')]));
  return variants;
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const escapeChar = (char: string) => char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function wordPattern(word: string): string {
  const table = variantTable();
  return Array.from(word, (char) => {
    const all = table.get(char);
    return all ? `[${escapeClass(all)}]` : escapeChar(char);
  }).join('');
}

// One expression per set of words, reused across a page's hits (bounded).
const COMPILED = new Map<string, RegExp | null>();
const MAX_COMPILED = 100;

/** Whole words of `foldedWords` (letters and digits on neither side), any diacritics, any case. */
function matcher(foldedWords: string[]): RegExp | null {
  const key = foldedWords.join('\n');
  const known = COMPILED.get(key);
  if (known !== undefined) return known;
  const words = [...new Set(foldedWords.filter((word) => word !== ''))];
  const pattern =
    words.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${words.map(wordPattern).join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        );
  if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
  COMPILED.set(key, pattern);
  return pattern;
}

/** Where whole words of `foldedWords` occur in `text` (NFC), matched without diacritics, in order. */
export function matchRanges(text: string, foldedWords: string[], limit = Infinity): Range[] {
  const pattern = matcher(foldedWords);
  const ranges: Range[] = [];
  if (!pattern) return ranges;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && ranges.length < limit; m = pattern.exec(text)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
