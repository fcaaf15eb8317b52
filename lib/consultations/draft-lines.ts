/**
 * Reading one line of a pasted draft: what kind of heading or numbered item
 * it is, if any. Text pasted from Word or a PDF viewer brings tabs,
 * non-breaking spaces, zero-width characters and Markdown bold markers
 * ("**Điều 5.**") around the numbers; they are cleaned before matching.
 */
import { DIEM_LETTERS } from './draft-tree';

export type LineKind = 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem' | 'closing' | 'text';

export type Line = { kind: LineKind; number: string; rest: string };

/** One line as compared: NFC, spaces collapsed, emphasis markers and invisible characters gone. */
export function cleanLine(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/gu, ' ')
    .trim();
}

const ROMAN = '[IVXLC]+';
// Headings are matched case-insensitively: Word's "All caps" style pastes "CHƯƠNG I".
const CHUONG = new RegExp(`^chương\\s+(${ROMAN}|\\d+)(?:\\s*[.:\\-–—]\\s*|\\s+|$)(.*)$`, 'iu');
const MUC = /^mục\s+(\d+)(?:\s*[.:\-–—]\s*|\s+|$)(.*)$/iu;
// "Điều 5." / "Điều 5:" / "Điều 5 -" / "Điều 5a."; a bare "Điều 5 của Luật ..." is prose.
const DIEU = /^điều\s+(\d+[a-z]?)\s*(?:[.:\-–—]\s*|$)(.*)$/iu;
const KHOAN = /^(\d{1,3})\s*[.)]\s*(.*)$/u;
const DIEM = new RegExp(`^(${DIEM_LETTERS.join('|')})\\)\\s*(.*)$`, 'u');
// Where the signature block starts: "Nơi nhận:", "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG".
const CLOSING = /^(nơi nhận\s*:|(tm|kt|tl|tuq|q)\.\s*\p{Lu})/iu;

/** What a cleaned line is: a heading or numbered item with its number and the rest, or text. */
export function classifyLine(line: string): Line {
  const patterns: [LineKind, RegExp][] = [
    ['chuong', CHUONG],
    ['muc', MUC],
    ['dieu', DIEU],
    ['khoan', KHOAN],
    ['diem', DIEM],
  ];
  for (const [kind, pattern] of patterns) {
    const m = pattern.exec(line);
    if (!m) continue;
    const number = kind === 'chuong' ? (m[1] ?? '').toUpperCase() : (m[1] ?? '');
    // A Khoản number with nothing after it ("2020.") is a stray number, not an item.
    if (kind === 'khoan' && !m[2]) continue;
    return { kind, number: kind === 'dieu' ? number.toLowerCase() : number, rest: m[2] ?? '' };
  }
  if (CLOSING.test(line)) return { kind: 'closing', number: '', rest: line };
  return { kind: 'text', number: '', rest: line };
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIV" -> 14, "2" -> 2: the Arabic number a Chương's anchor uses. */
export function chapterNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  const letters = written.toUpperCase();
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN_VALUES[letters[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Whether the reader is inside a quotation, curly (nested) or straight. */
export type QuoteState = { curly: number; straight: boolean };

/**
 * The quotation state after a line. Amending drafts quote whole articles
 * ("Sửa đổi Điều 5 như sau: “Điều 5. ...”"): lines inside the quotes are
 * text of the amending Khoản, not units of this draft.
 */
export function afterLine(state: QuoteState, line: string): QuoteState {
  let { curly, straight } = state;
  for (const ch of line) {
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight = !straight;
  }
  return { curly, straight };
}

/** True inside a quotation, where headings are quoted text. */
export function isQuoted(state: QuoteState): boolean {
  return state.curly > 0 || state.straight;
}
