import {
  FilterDate,
  FilterForm,
  FilterSearch,
  FilterSelect,
} from '@/components/staff/filter-fields';
import type { StaffListChoice } from '@/lib/articles/staff-list';
import { STAFF_LIST_SORTS, type StaffListQuery } from '@/lib/articles/staff-list-schema';
import { STATE_LABELS } from '@/lib/core/labels';

type Props = {
  query: StaffListQuery;
  categories: StaffListChoice[];
  authors: StaffListChoice[];
  badDates: readonly string[];
};

const choices = (items: StaffListChoice[]) => items.map((c) => [c.id, c.name] as const);

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function ArticleListFilters({ query, categories, authors, badDates }: Props) {
  const field = (name: Exclude<keyof StaffListQuery, 'trang'>) => ({
    prefix: 'loc',
    name,
    value: query[name],
  });
  return (
    <FilterForm
      label="Lọc bài viết"
      action="/quan-tri/bai-viet"
      className="sm:grid-cols-2 lg:grid-cols-4"
    >
      <FilterSearch
        {...field('q')}
        label="Tìm theo tiêu đề"
        hint="Có dấu hay không dấu đều được, ví dụ “dau tu”."
        className="sm:col-span-2"
      />
      <FilterSelect
        {...field('trang-thai')}
        label="Trạng thái"
        options={Object.entries(STATE_LABELS)}
      />
      <FilterSelect {...field('chuyen-muc')} label="Chuyên mục" options={choices(categories)} />
      <FilterSelect {...field('tac-gia')} label="Tác giả" options={choices(authors)} />
      <FilterDate {...field('tu')} label="Từ ngày" bad={badDates.includes('tu')} />
      <FilterDate {...field('den')} label="Đến ngày" bad={badDates.includes('den')} />
      <FilterSelect
        {...field('sap-xep')}
        label="Sắp xếp theo"
        options={Object.entries(STAFF_LIST_SORTS)}
        anyLabel={null}
      />
      <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-3">
        Mới nhất trước. Khoảng ngày áp dụng cho cột đang dùng để sắp xếp (giờ Việt Nam).
      </p>
    </FilterForm>
  );
}
