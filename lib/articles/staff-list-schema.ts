import { z } from 'zod';
import { oneParam, pageParam } from '../forms/filter-params';
import { RevisionState } from '../generated/prisma/enums';
import { readVnDayRange } from '../text/vn-time';

/** The staff article list's sort orders, as they appear in the URL. */
export const STAFF_LIST_SORTS = { 'sua-doi': 'Lần sửa gần nhất', 'xuat-ban': 'Thời gian xuất bản' };
export type StaffListSort = keyof typeof STAFF_LIST_SORTS;

/**
 * The list's GET form (URL search params). Anything malformed is dropped
 * rather than refused, so an edited URL still shows a list; a bad date is
 * reported back so the form can say which field was ignored.
 */
export const staffListQuerySchema = z.object({
  q: oneParam,
  'trang-thai': oneParam.transform((v) =>
    v && v in RevisionState ? (v as keyof typeof RevisionState) : undefined,
  ),
  'chuyen-muc': oneParam,
  'tac-gia': oneParam,
  tu: oneParam,
  den: oneParam,
  'sap-xep': oneParam.transform((v): StaffListSort => (v === 'xuat-ban' ? 'xuat-ban' : 'sua-doi')),
  trang: pageParam,
});
export type StaffListQuery = z.output<typeof staffListQuerySchema>;

/** Filters for listStaffArticles, from the parsed URL. */
export type StaffListFilters = {
  q?: string;
  state?: keyof typeof RevisionState;
  categoryId?: string;
  authorId?: string;
  /** Inclusive start and exclusive end, applied to the sort column. */
  from?: Date;
  to?: Date;
  sort: StaffListSort;
  page: number;
};

/** The filters and which date fields could not be read ("dd/mm/yyyy" expected). */
export function toStaffListFilters(query: StaffListQuery): {
  filters: StaffListFilters;
  badDates: ('tu' | 'den')[];
} {
  const { from, to, badDates } = readVnDayRange(query.tu, query.den);
  return {
    filters: {
      q: query.q,
      state: query['trang-thai'],
      categoryId: query['chuyen-muc'],
      authorId: query['tac-gia'],
      from,
      to,
      sort: query['sap-xep'],
      page: query.trang,
    },
    badDates,
  };
}
