import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import type { ArticleHistory } from '@/lib/articles/staff-queries';

/** "Lịch sử": every audited step on the article, newest first, and its revisions. */
export function HistoryTable({ history }: { history: ArticleHistory }) {
  const showIp = history.entries.some((e) => e.ip !== null);
  return (
    <section
      aria-labelledby="lich-su"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="lich-su" className="text-lg font-bold">
        Lịch sử
      </h2>
      {/* On a phone the table scrolls sideways; a keyboard must be able to scroll it too. */}
      <section
        className="overflow-x-auto focus-visible:outline-3 focus-visible:outline-amber-500"
        aria-label="Bảng các bước (cuộn ngang trên màn hình hẹp)"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus to be scrolled without a mouse (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Các bước đã thực hiện trên bài viết, mới nhất trước</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Thời gian
              </th>
              <th scope="col" className="py-2 pr-3">
                Người thực hiện
              </th>
              <th scope="col" className="py-2 pr-3">
                Thao tác
              </th>
              <th scope="col" className="py-2 pr-3">
                Trạng thái
              </th>
              <th scope="col" className="py-2 pr-3">
                Ghi chú / Lý do
              </th>
              {showIp ? (
                <th scope="col" className="py-2">
                  IP
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {history.entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <StaffTime value={e.at} />
                </td>
                <td className="py-2 pr-3">{e.actorName ?? 'Không rõ'}</td>
                <td className="py-2 pr-3">
                  {e.actionLabel}
                  {e.revisionNumber ? (
                    <span className="block text-slate-600">phiên bản {e.revisionNumber}</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3">{e.stateChange}</td>
                <td className="py-2 pr-3 whitespace-pre-line">{e.note ?? ''}</td>
                {showIp ? <td className="py-2">{e.ip ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h3 className="font-semibold">Các phiên bản</h3>
      <ul className="space-y-1 text-sm">
        {history.revisions.map((r) => (
          <li key={r.id}>
            Phiên bản {r.number} ({r.stateLabel}) — {r.authorName} —{' '}
            <Link
              href={`/quan-tri/bai-viet/${history.article.id}/xem-truoc?phien-ban=${r.id}`}
              className="text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
            >
              Xem trước phiên bản {r.number}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
