import {
  FilterDate,
  FilterForm,
  FilterSearch,
  FilterSelect,
} from '@/components/staff/filter-fields';
import type { AuditQuery } from '@/lib/audit/schema';
import { AUDIT_ACTION_LABELS } from '@/lib/core/labels';

type Props = {
  query: AuditQuery;
  actors: { id: string; label: string }[];
  badDates: readonly string[];
};

/** The log's filters as a plain GET form (works without JavaScript; the URL can be shared). */
export function AuditFilters({ query, actors, badDates }: Props) {
  const field = (name: Exclude<keyof AuditQuery, 'trang'>) => ({
    prefix: 'nk',
    name,
    value: query[name],
  });
  return (
    <FilterForm
      label="Lọc nhật ký"
      action="/quan-tri/nhat-ky"
      className="sm:grid-cols-2 lg:grid-cols-3"
    >
      <FilterSelect
        {...field('nguoi-thuc-hien')}
        label="Người thực hiện"
        options={actors.map((a) => [a.id, a.label] as const)}
      />
      <FilterSelect
        {...field('thao-tac')}
        label="Thao tác"
        options={Object.entries(AUDIT_ACTION_LABELS)}
      />
      <FilterSearch {...field('bai-viet')} label="Bài viết (tiêu đề)" />
      <FilterDate {...field('tu')} label="Từ ngày" bad={badDates.includes('tu')} />
      <FilterDate {...field('den')} label="Đến ngày" bad={badDates.includes('den')} />
    </FilterForm>
  );
}
