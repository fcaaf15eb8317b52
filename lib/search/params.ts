/**
 * The search page's URL parameters, read leniently: a value that cannot be
 * used is dropped with a Vietnamese notice, never an error.
 *   q          the query
 *   trang      page number (20 results a page)
 *   chuyen-muc category slug
 *   tu, den    first-publication date range, yyyy-mm-dd in Vietnam time, inclusive
 *   sap-xep    "lien-quan" (default) or "moi-nhat"
 */
export type SearchParams = {
  q: string;
  page: number;
  category: string | null;
  from: string | null;
  to: string | null;
  sort: 'relevance' | 'newest';
  notices: string[];
};

export const SORT_VALUES = { 'lien-quan': 'relevance', 'moi-nhat': 'newest' } as const;

type RawParams = Record<string, string | string[] | undefined>;

function one(raw: RawParams, key: string): string {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-04-27" -> itself when it is a real calendar date, else null. */
export function validDate(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Start of a Vietnam calendar day (UTC+7, no daylight saving). */
export function startOfVietnamDay(day: string, addDays = 0): Date {
  const date = new Date(`${day}T00:00:00+07:00`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date;
}

export function readSearchParams(raw: RawParams): SearchParams {
  const notices: string[] = [];
  const pageText = one(raw, 'trang');
  const page = /^[1-9]\d{0,4}$/.test(pageText) ? Number(pageText) : 1;
  if (pageText !== '' && String(page) !== pageText)
    notices.push('Số trang không hợp lệ: hiện trang 1.');
  const date = (key: string, label: string): string | null => {
    const text = one(raw, key);
    if (text === '') return null;
    const valid = validDate(text);
    if (!valid) notices.push(`Ngày ${label} không hợp lệ (cần dạng năm-tháng-ngày): bỏ qua.`);
    return valid;
  };
  let from = date('tu', 'bắt đầu');
  let to = date('den', 'kết thúc');
  if (from && to && from > to) {
    notices.push('Ngày bắt đầu sau ngày kết thúc: đã đổi chỗ hai ngày.');
    [from, to] = [to, from];
  }
  const sortText = one(raw, 'sap-xep');
  const category = one(raw, 'chuyen-muc');
  return {
    q: one(raw, 'q'),
    page,
    category: /^[a-z0-9-]{1,200}$/.test(category) ? category : null,
    from,
    to,
    sort: sortText === 'moi-nhat' ? 'newest' : 'relevance',
    notices,
  };
}
