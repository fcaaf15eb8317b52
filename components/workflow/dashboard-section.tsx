import Link from 'next/link';
import { StaffTime } from '@/components/staff/staff-time';
import type { DashboardItem } from '@/lib/articles/staff-queries';
import { StateBadge } from './state-badge';

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

/** One list of the dashboard, as a table (a card list would hide the column names). */
export function DashboardSection({ id, title, items, empty, dateLabel, date, showReason }: Props) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Tiêu đề
                </th>
                <th scope="col" className="py-2 pr-3">
                  Trạng thái
                </th>
                <th scope="col" className="py-2 pr-3">
                  Người viết
                </th>
                <th scope="col" className="py-2 pr-3">
                  {dateLabel}
                </th>
                {showReason ? (
                  <th scope="col" className="py-2">
                    Lý do từ chối
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <DashboardRow
                  key={item.revisionId}
                  item={item}
                  date={date(item)}
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

function DashboardRow(props: { item: DashboardItem; date: Date | null; showReason?: boolean }) {
  const { item, date, showReason } = props;
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="py-2 pr-3 font-normal">
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
      <td className="py-2 pr-3">
        <StateBadge state={item.state} />
      </td>
      <td className="py-2 pr-3">{item.authorName}</td>
      <td className="py-2 pr-3">{date ? <StaffTime value={date} /> : '—'}</td>
      {showReason ? (
        <td className="py-2 whitespace-pre-line">{item.rejectionNote ?? '—'}</td>
      ) : null}
    </tr>
  );
}
