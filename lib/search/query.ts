import { fold, lowerExact } from './fold';

/**
 * Parsing what a citizen typed into the search box. Pure: no database.
 * The result is always usable: bad input becomes a Vietnamese notice, never
 * an exception.
 */

export const MAX_QUERY_LENGTH = 200;
/** More words than this add cost, not precision. */
export const MAX_TERMS = 12;

export type ParsedQuery = {
  /** What is searched and shown back: NFC, no control characters, spaces collapsed, capped. */
  text: string;
  /** Single words outside quotes, as typed (NFC). */
  words: string[];
  /** Quoted phrases, as typed (NFC), each of two words or more. */
  phrases: string[];
  /** Lowercase with diacritics: for ranking exact-diacritics matches first. */
  exactTerms: string[];
  /** Folded words of words and phrases: for highlighting. */
  foldedWords: string[];
  /** Logged for the trends dashboard: lowercase, diacritics kept, spaces collapsed. */
  normalised: string;
  /** Vietnamese notices about the input itself (too long, nothing searchable). */
  notices: string[];
};

// C0/C1 controls (NUL included: PostgreSQL text cannot hold it), and the
// bidi and zero-width format characters that could disguise what is shown.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const QUOTES = /["“”„«»]/g;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Cleans and splits a raw query; `raw` may be anything a URL can carry. */
export function parseQuery(raw: string): ParsedQuery {
  const notices: string[] = [];
  let text = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    notices.push(
      `Từ khoá dài hơn ${MAX_QUERY_LENGTH} ký tự: chỉ ${MAX_QUERY_LENGTH} ký tự đầu được dùng để tìm.`,
    );
    text = Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim();
  }
  const terms: { term: string; phrase: boolean }[] = [];
  // Odd-numbered pieces between quote marks are phrases; an unclosed quote
  // simply quotes to the end. A quoted single word is just a word.
  text.split(QUOTES).forEach((piece, i) => {
    const pieceWords = wordsOf(piece);
    if (i % 2 === 1 && pieceWords.length > 1)
      terms.push({ term: pieceWords.join(' '), phrase: true });
    else for (const word of pieceWords) terms.push({ term: word, phrase: false });
  });
  let wordCount = 0;
  const kept = terms.filter(({ term }) => {
    wordCount += wordsOf(term).length;
    return wordCount <= MAX_TERMS;
  });
  if (kept.length < terms.length) notices.push(`Chỉ ${MAX_TERMS} từ đầu tiên được dùng để tìm.`);
  if (text !== '' && terms.length === 0) {
    notices.push('Từ khoá cần có ít nhất một chữ cái hoặc chữ số.');
  }
  const all = kept.map(({ term }) => term);
  return {
    text,
    words: unique(kept.filter((t) => !t.phrase).map(({ term }) => term)),
    phrases: unique(kept.filter((t) => t.phrase).map(({ term }) => term)),
    exactTerms: unique(all.map(lowerExact)),
    foldedWords: unique(all.flatMap((term) => wordsOf(fold(term)))),
    normalised: lowerExact(text),
    notices,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** True when there is something to look for. */
export function isSearchable(query: ParsedQuery): boolean {
  return query.words.length + query.phrases.length > 0;
}
