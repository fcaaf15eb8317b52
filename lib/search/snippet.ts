import { matchRanges } from './match';

/**
 * Highlighted excerpts for search results, as plain segments: the page
 * renders them as text and <mark>, so React escapes every character and no
 * HTML from an article or a query is ever injected.
 */
export type Segment = { text: string; mark: boolean };

/** `text` cut into marked and unmarked segments. */
export function highlight(text: string, foldedWords: string[]): Segment[] {
  const nfc = text.normalize('NFC');
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of matchRanges(nfc, foldedWords)) {
    if (start > cursor) segments.push({ text: nfc.slice(cursor, start), mark: false });
    segments.push({ text: nfc.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < nfc.length) segments.push({ text: nfc.slice(cursor), mark: false });
  return segments;
}

const SNIPPET_LENGTH = 240;

/**
 * About 240 characters around the first match in `text` (whole words,
 * with "…" where cut), highlighted; the start of the text if nothing matches.
 */
export function snippet(text: string, foldedWords: string[]): Segment[] {
  const nfc = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const first = matchRanges(nfc, foldedWords, 1)[0];
  let start = first ? Math.max(0, first[0] - SNIPPET_LENGTH / 3) : 0;
  if (start > 0) start = nfc.indexOf(' ', start) + 1 || start;
  let end = Math.min(nfc.length, start + SNIPPET_LENGTH);
  if (end < nfc.length) end = nfc.lastIndexOf(' ', end) > start ? nfc.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < nfc.length ? ' …' : '';
  return highlight(`${prefix}${nfc.slice(start, end)}${suffix}`, foldedWords);
}

/** Markdown reduced to readable text for excerpts: no markup, links as their words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
