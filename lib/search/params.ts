import { readVnDayRange } from '../text/vn-time';

/**
 * The search page's URL parameters, read leniently: a value that cannot be
 * used is dropped with a Vietnamese notice, never an error.
 *   q          the query
 *   trang      page number (20 results a page)
 *   chuyen-muc category slug
 *   tu, den    first-publication date range, dd/mm/yyyy in Vietnam time, inclusive
 *              (read by the same reader as the staff lists')
 *   sap-xep    "lien-quan" (default) or "moi-nhat"
 */
export type SearchParams = {
  q: string;
  page: number;
  category: string | null;
  /** The dates as typed, shown back in the form. */
  from: string;
  to: string;
  /** Inclusive start and exclusive end of the days asked for, when readable. */
  range: { from?: Date; until?: Date };
  /** Which date fields could not be read (and were left out). */
  badDates: ('tu' | 'den')[];
  sort: 'relevance' | 'newest';
  notices: string[];
};

export const SORT_VALUES = { 'lien-quan': 'relevance', 'moi-nhat': 'newest' } as const;

type RawParams = Record<string, string | string[] | undefined>;

function one(raw: RawParams, key: string): string {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

const DAY_MS = 86_400_000;
const DATE_LABELS = { tu: 'Từ ngày', den: 'Đến ngày' } as const;

/** The day range, read leniently: an unreadable date is dropped, a reversed range swapped. */
function readRange(raw: RawParams, notices: string[]): Pick<SearchParams, 'range' | 'badDates'> {
  const { from, to, badDates } = readVnDayRange(one(raw, 'tu').trim(), one(raw, 'den').trim());
  for (const key of badDates) {
    notices.push(
      `${DATE_LABELS[key]} không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.`,
    );
  }
  if (from && to && from >= to) {
    notices.push('Ngày bắt đầu sau ngày kết thúc: đã đổi chỗ hai ngày.');
    return {
      range: { from: new Date(to.getTime() - DAY_MS), until: new Date(from.getTime() + DAY_MS) },
      badDates,
    };
  }
  return { range: { from, until: to }, badDates };
}

export function readSearchParams(raw: RawParams): SearchParams {
  const notices: string[] = [];
  const pageText = one(raw, 'trang');
  const page = /^[1-9]\d{0,4}$/.test(pageText) ? Number(pageText) : 1;
  if (pageText !== '' && String(page) !== pageText)
    notices.push('Số trang không hợp lệ: hiện trang 1.');
  const dates = readRange(raw, notices);
  const sortText = one(raw, 'sap-xep');
  const category = one(raw, 'chuyen-muc');
  return {
    q: one(raw, 'q'),
    page,
    category: /^[a-z0-9-]{1,200}$/.test(category) ? category : null,
    from: one(raw, 'tu').slice(0, 40),
    to: one(raw, 'den').slice(0, 40),
    ...dates,
    sort: sortText === 'moi-nhat' ? 'newest' : 'relevance',
    notices,
  };
}
