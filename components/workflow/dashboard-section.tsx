import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { HeadingRow } from '@/components/ui/heading-row';
import type { DashboardItem } from '@/lib/articles/staff-queries';
import { StateBadge } from './state-badge';
import { ColumnName, stacked } from '@/components/ui/stacked-table';

type Props = {
  id: string;
  title: string;
  items: DashboardItem[];
  empty: string;
  /** Which date the list is about. */
  dateLabel: string;
  date: (item: DashboardItem) => Date | null;
  showReason?: boolean;
};

/**
 * One list of the dashboard, as a table; on a phone each row stacks into a
 * card with the column name before each value, so nothing is squeezed into
 * a column a letter wide or scrolls sideways.
 */
export function DashboardSection({ id, title, items, empty, dateLabel, date, showReason }: Props) {
  const headings = ['Tiêu đề', 'Trạng thái', 'Người viết', dateLabel];
  if (showReason) headings.push('Lý do từ chối');
  return (
    <section aria-labelledby={id} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <div className="sm:overflow-x-auto">
          <table className={`${stacked.table} text-sm`}>
            <thead className={stacked.head}>
              <HeadingRow headings={headings} />
            </thead>
            <tbody className={stacked.body}>
              {items.map((item) => (
                <DashboardRow
                  key={item.revisionId}
                  item={item}
                  date={date(item)}
                  headings={headings}
                  showReason={showReason}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const cell = stacked.cell;

function DashboardRow(props: {
  item: DashboardItem;
  date: Date | null;
  headings: string[];
  showReason?: boolean;
}) {
  const { item, date, headings, showReason } = props;
  // On a phone, the column's name before its value (the table head is hidden there).
  const tag = (i: number) => <ColumnName>{headings[i]}</ColumnName>;
  return (
    <tr className={stacked.row}>
      <th scope="row" className={`${cell} font-normal`}>
        <Link
          href={`/quan-tri/bai-viet/${item.articleId}`}
          className="font-semibold text-blue-800 underline underline-offset-2 focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {item.title}
        </Link>
        <span className="block text-slate-600">
          {item.categoryName} · phiên bản {item.number}
        </span>
      </th>
      <td className={`${cell} whitespace-nowrap`}>
        <StateBadge state={item.state} />
      </td>
      <td className={cell}>
        {tag(2)}
        {item.authorName}
      </td>
      <td className={`${cell} whitespace-nowrap`}>
        {tag(3)}
        {date ? <StaffTime value={date} /> : '—'}
      </td>
      {showReason ? (
        <td className={`${cell} whitespace-pre-line`}>
          {tag(4)}
          {item.rejectionNote ?? '—'}
        </td>
      ) : null}
    </tr>
  );
}
