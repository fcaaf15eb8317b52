import Link from 'next/link';
import { StaffTime } from '@/components/ui/staff-time';
import { ColumnName, stacked } from '@/components/ui/stacked-table';
import { FEEDBACK_KIND_LABELS, REJECT_REASON_LABELS } from '@/lib/moderation/labels';
import type { QueueRow } from '@/lib/moderation/queue';
import { STANCE_LABELS } from '@/lib/comments/labels';
import { refsValue } from '@/lib/moderation/schema';
import { CitizenText } from './citizen-text';
import { SpamScore } from './spam-score';

const HEADS = ['Chọn', 'Ý kiến', 'Bài viết / Dự thảo', 'Gửi lúc', 'Khả năng spam'];

/** Who sent it, as the moderator needs to see it (the name typed, even when shown as "Bạn đọc"). */
function Sender({ row }: { row: QueueRow }) {
  return (
    <p className="text-sm text-slate-700">
      {row.stance ? `Góp ý dự thảo (${STANCE_LABELS[row.stance]})` : FEEDBACK_KIND_LABELS[row.kind]}{' '}
      của <span className="font-semibold">{row.name}</span>
      {row.anonymous ? ' (đăng là “Bạn đọc”)' : ''}
      {row.verified ? ' · email đã xác nhận' : ' · email chưa xác nhận'}
      {row.rejectReason ? ` · lý do: ${REJECT_REASON_LABELS[row.rejectReason]}` : ''}
    </p>
  );
}

/**
 * The queue's rows inside the bulk form: a checkbox each (a group's box
 * selects every copy), the text as plain text, its article, when it came
 * and its spam estimate.
 */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  if (rows.length === 0) return <p>Không có ý kiến nào.</p>;
  return (
    <table className={stacked.table}>
      <caption className="sr-only">{caption}</caption>
      <thead className={stacked.head}>
        <tr className="border-b border-slate-300">
          {HEADS.map((h) => (
            <th key={h} scope="col" className="px-3 py-2">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={stacked.body}>
        {rows.map((row) => (
          <tr key={row.id} className={stacked.row}>
            <td className={stacked.cell}>
              <input
                type="checkbox"
                name="chon"
                value={refsValue(row.refs)}
                id={`chon-${row.id}`}
                aria-label={`Chọn ý kiến của ${row.name}${row.count > 1 ? ` và ${row.count - 1} bản giống` : ''}`}
                className="size-6"
              />
            </td>
            <td className={`${stacked.cell} max-w-prose`}>
              <Sender row={row} />
              <CitizenText text={row.excerpt} truncated={row.truncated} />
              <p className="mt-1 text-sm">
                <Link href={`/quan-tri/y-kien/${row.id}`} className="text-link underline">
                  Xem chi tiết<span className="sr-only"> ý kiến của {row.name}</span>
                </Link>
                {row.count > 1 ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950">
                    Nhóm {row.count} ý kiến giống nhau
                  </span>
                ) : null}
              </p>
            </td>
            <td className={stacked.cell}>
              <ColumnName>{row.consultationId ? 'Dự thảo' : 'Bài viết'}</ColumnName>
              {row.consultationId ? 'Dự thảo: ' : ''}
              {row.articleTitle}
            </td>
            <td className={stacked.cell}>
              <ColumnName>Gửi lúc</ColumnName>
              <StaffTime value={row.createdAt} />
            </td>
            <td className={stacked.cell}>
              <ColumnName>Khả năng spam</ColumnName>
              <SpamScore score={row.spamScore} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
