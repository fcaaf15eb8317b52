import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass } from '@/components/ui/form/field';
import type { StaffListChoice } from '@/lib/articles/staff-list';
import { STAFF_LIST_SORTS, type StaffListQuery } from '@/lib/articles/staff-list-schema';
import { VN_DATE_PATTERN } from '@/lib/text/vn-time';
import { STATE_LABELS } from '@/lib/workflow/labels';

type Props = {
  query: StaffListQuery;
  categories: StaffListChoice[];
  authors: StaffListChoice[];
  badDates: readonly string[];
};

const labelClass = 'block font-semibold';

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function ArticleListFilters({ query, categories, authors, badDates }: Props) {
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    options: [string, string][],
  ) => (
    <div className="space-y-1">
      <label htmlFor={`loc-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`loc-${name}`} name={name} defaultValue={value ?? ''} className={controlClass}>
        <option value="">Tất cả</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (name: 'tu' | 'den', label: string) => {
    const bad = badDates.includes(name);
    return (
      <div className="space-y-1">
        <label htmlFor={`loc-${name}`} className={labelClass}>
          {label}
        </label>
        <p id={`loc-${name}-hint`} className="text-sm text-slate-700">
          Dạng dd/mm/yyyy
        </p>
        {bad ? (
          <p id={`loc-${name}-error`} className="text-sm font-semibold text-red-800">
            Ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.
          </p>
        ) : null}
        <input
          id={`loc-${name}`}
          name={name}
          type="text"
          inputMode="numeric"
          pattern={VN_DATE_PATTERN}
          placeholder="dd/mm/yyyy"
          defaultValue={query[name] ?? ''}
          aria-invalid={bad || undefined}
          aria-describedby={`loc-${name}-hint${bad ? ` loc-${name}-error` : ''}`}
          className={controlClass}
        />
      </div>
    );
  };
  return (
    <search aria-label="Lọc bài viết">
      <form
        method="get"
        action="/quan-tri/bai-viet"
        className="grid gap-4 rounded border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="loc-q" className={labelClass}>
            Tìm theo tiêu đề
          </label>
          <p id="loc-q-hint" className="text-sm text-slate-700">
            Có dấu hay không dấu đều được, ví dụ “dau tu”.
          </p>
          <input
            id="loc-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            aria-describedby="loc-q-hint"
            className={controlClass}
          />
        </div>
        {select('trang-thai', 'Trạng thái', query['trang-thai'], Object.entries(STATE_LABELS))}
        {select(
          'chuyen-muc',
          'Chuyên mục',
          query['chuyen-muc'],
          categories.map((c) => [c.id, c.name]),
        )}
        {select(
          'tac-gia',
          'Tác giả',
          query['tac-gia'],
          authors.map((a) => [a.id, a.name]),
        )}
        {date('tu', 'Từ ngày')}
        {date('den', 'Đến ngày')}
        <div className="space-y-1">
          <label htmlFor="loc-sap-xep" className={labelClass}>
            Sắp xếp theo
          </label>
          <select
            id="loc-sap-xep"
            name="sap-xep"
            defaultValue={query['sap-xep']}
            className={controlClass}
          >
            {Object.entries(STAFF_LIST_SORTS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-3">
          Mới nhất trước. Khoảng ngày áp dụng cho cột đang dùng để sắp xếp (giờ Việt Nam).
        </p>
        <div className="flex items-end">
          <button type="submit" className={buttonClass('primary')}>
            Lọc
          </button>
        </div>
      </form>
    </search>
  );
}
