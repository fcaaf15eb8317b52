/**
 * Vietnamese-aware text folding in JavaScript, the same mapping as the
 * database's search_fold(): lowercase, diacritics removed, đ -> d. Used to
 * find matches in the text shown to the reader, keeping their positions.
 */

const MARKS = /\p{M}/gu;

// Texts are made of few distinct characters, and folding one costs a
// normalisation, two replacements and a lowercasing: each is folded once per
// process (the bound keeps text in many scripts from growing it without end).
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 4096;

/** Folds one character (NFC) to what search compares: "Ấ" -> "a", "Đ" -> "d". */
function foldChar(char: string): string {
  const known = FOLDED.get(char);
  if (known !== undefined) return known;
  const folded = char.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
  if (FOLDED.size < MAX_FOLDED) FOLDED.set(char, folded);
  return folded;
}

/** Lowercase, no diacritics, đ -> d: "Đầu Tư" -> "dau tu". */
export function fold(text: string): string {
  return Array.from(text.normalize('NFC'), foldChar).join('');
}

/** Lowercase NFC, diacritics kept: what an exact-diacritics match compares. */
export function lowerExact(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

export type FoldedText = {
  /** The folded text. */
  folded: string;
  /** For each folded UTF-16 index, the index in the original (NFC) text. */
  origin: number[];
  /** The original text, NFC. */
  text: string;
};

/** Folds text keeping, for every folded position, where it came from. */
export function foldWithOrigins(input: string): FoldedText {
  const text = input.normalize('NFC');
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin, text };
}

/** Letters and digits of any script: the characters search words are made of. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
