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
