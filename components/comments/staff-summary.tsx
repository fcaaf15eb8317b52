import Link from 'next/link';
import { STANCE_LABELS, STANCES } from '@/lib/comments/labels';
import type { CommentSummary } from '@/lib/comments/summary';

const cell = 'border-b border-slate-200 px-2 py-1';

function unitName(anchor: string | null): string {
  if (anchor === null) return 'Phần đã bỏ ở bản sau';
  return anchor === '' ? 'Toàn bộ dự thảo' : `#${anchor}`;
}

function Table({
  caption,
  first,
  rows,
  extra = [],
}: {
  caption: string;
  first: string;
  rows: {
    key: string;
    label: string;
    stance: Record<string, number>;
    total: number;
    more?: number[];
  }[];
  extra?: string[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className={cell}>
              {first}
            </th>
            {STANCES.map((s) => (
              <th key={s} scope="col" className={cell}>
                {STANCE_LABELS[s]}
              </th>
            ))}
            <th scope="col" className={cell}>
              Tổng
            </th>
            {extra.map((h) => (
              <th key={h} scope="col" className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {r.label}
              </th>
              {STANCES.map((s) => (
                <td key={s} className={cell}>
                  {r.stance[s] ?? 0}
                </td>
              ))}
              <td className={`${cell} font-semibold`}>{r.total}</td>
              {(r.more ?? []).map((n, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={i} className={cell}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Tổng hợp góp ý" on the consultation's staff page, server-rendered: per
 * unit (most commented first) and per day, counts by stance; the groups of
 * copies; a link to the moderation queue filtered to this consultation.
 */
export function StaffCommentSummary({
  summary,
  consultationId,
}: {
  summary: CommentSummary;
  consultationId: string;
}) {
  return (
    <section aria-labelledby="tong-hop-gop-y" className="space-y-4">
      <h2 id="tong-hop-gop-y" className="text-lg font-bold">
        Tổng hợp góp ý
      </h2>
      <p>
        {summary.total} góp ý đã nhận (chờ duyệt, đã đăng hoặc đã ẩn; không tính bị từ chối, đã
        rút).{' '}
        <Link
          href={`/quan-tri/y-kien?du-thao=${consultationId}`}
          className="text-blue-800 underline"
        >
          Kiểm duyệt góp ý của dự thảo này
        </Link>
      </p>
      {summary.total === 0 ? null : (
        <>
          <Table
            caption="Theo phần của dự thảo (nhiều góp ý nhất trước)"
            first="Phần"
            extra={['Chờ duyệt', 'Đã đăng']}
            rows={summary.units.map((u) => ({
              key: u.anchor ?? '-',
              label: unitName(u.anchor),
              stance: u.stance,
              total: u.total,
              more: [u.pending, u.published],
            }))}
          />
          <Table
            caption="Theo ngày (giờ Việt Nam)"
            first="Ngày"
            rows={summary.days.map((d) => ({ key: d.day, label: d.day, ...d }))}
          />
          {summary.groups.length > 0 ? (
            <div>
              <h3 className="font-semibold">Nhóm góp ý giống nhau</h3>
              <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                {summary.groups.map((g) => (
                  <li key={g.key}>
                    <strong>{g.size} góp ý</strong> ({STANCE_LABELS[g.stance]}, {unitName(g.anchor)}
                    ): <span className="break-words">{g.excerpt}</span>{' '}
                    <Link href={`/quan-tri/y-kien/${g.key}`} className="text-blue-800 underline">
                      Xem nhóm
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
