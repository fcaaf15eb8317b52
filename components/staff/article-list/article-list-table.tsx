import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { HeadingRow } from '@/components/ui/heading-row';
import { StateBadge } from '@/components/workflow/state-badge';
import type { StaffListItem } from '@/lib/articles/staff-list';
import { ColumnName, stacked } from '@/components/ui/stacked-table';

const HEADINGS = ['Tiêu đề', 'Trạng thái', 'Chuyên mục', 'Tác giả', 'Sửa lần cuối', 'Xuất bản'];

/**
 * The articles as a table; on a phone each row stacks into a card (the
 * column name is repeated before each value) so nothing scrolls sideways.
 */
export function ArticleListTable({ items, caption }: { items: StaffListItem[]; caption: string }) {
  if (items.length === 0)
    return (
      <p className="rounded border border-slate-300 bg-white p-4">Không có bài viết nào phù hợp.</p>
    );
  const cell = stacked.cell;
  const tag = (i: number) => <ColumnName>{HEADINGS[i]}</ColumnName>;
  return (
    <table className={`${stacked.table} rounded border border-slate-300 bg-white text-sm`}>
      <caption className="sr-only">{caption}</caption>
      <thead className={stacked.head}>
        <HeadingRow headings={HEADINGS} />
      </thead>
      <tbody className={stacked.body}>
        {items.map((a) => (
          <tr key={a.articleId} className={stacked.row}>
            <th scope="row" className={`${cell} font-normal`}>
              <Link
                href={`/quan-tri/bai-viet/${a.articleId}`}
                className="font-semibold text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
              >
                {a.title}
              </Link>
            </th>
            <td className={`${cell} whitespace-nowrap`}>
              <StateBadge state={a.state} />
            </td>
            <td className={cell}>
              {tag(2)}
              {a.categoryName}
            </td>
            <td className={cell}>
              {tag(3)}
              {a.authorName}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {tag(4)}
              <StaffTime value={a.updatedAt} />
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {tag(5)}
              {a.publishedAt ? <StaffTime value={a.publishedAt} /> : 'Chưa xuất bản'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
