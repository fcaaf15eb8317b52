import {
  FilterDate,
  FilterForm,
  FilterSearch,
  FilterSelect,
} from '@/components/staff/filter-fields';
import type { QueueQuery } from '@/lib/moderation/queue-schema';

type Props = {
  query: QueueQuery;
  articles: { id: string; name: string }[];
  consultations: { id: string; name: string }[];
  badDates: readonly string[];
};

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function QueueFilters({ query, articles, consultations, badDates }: Props) {
  const field = (name: Exclude<keyof QueueQuery, 'trang' | 'tab'>) => ({
    prefix: 'loc',
    name,
    value: query[name],
  });
  return (
    <FilterForm
      label="Lọc ý kiến"
      action="/quan-tri/y-kien"
      className="sm:grid-cols-2 lg:grid-cols-4"
    >
      <input type="hidden" name="tab" value={query.tab} />
      <FilterSearch
        {...field('q')}
        label="Tìm trong ý kiến"
        hint="Tên hoặc nội dung; có dấu hay không dấu đều được."
        className="sm:col-span-2"
      />
      <FilterSelect
        {...field('bai-viet')}
        label="Bài viết"
        options={articles.map((a) => [a.id, a.name] as const)}
      />
      <FilterSelect
        {...field('du-thao')}
        label="Dự thảo"
        options={consultations.map((c) => [c.id, c.name] as const)}
      />
      <FilterSelect
        {...field('loai')}
        label="Loại"
        options={[
          ['gop-y', 'Góp ý'],
          ['cau-hoi', 'Câu hỏi'],
        ]}
      />
      <FilterSelect
        {...field('xac-minh')}
        label="Email đã xác nhận"
        options={[
          ['co', 'Đã xác nhận'],
          ['khong', 'Chưa xác nhận'],
        ]}
      />
      <FilterDate {...field('tu')} label="Gửi từ ngày" bad={badDates.includes('tu')} />
      <FilterDate {...field('den')} label="Đến ngày" bad={badDates.includes('den')} />
    </FilterForm>
  );
}
