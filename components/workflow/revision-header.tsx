import Link from 'next/link';
import { publicPath } from '@/lib/core/page-slugs';
import { StaffTime } from '@/components/ui/staff-time';
import type { StaffRevision } from '@/lib/articles/staff-queries';
import { StateBadge } from './state-badge';

const link =
  'text-blue-800 underline underline-offset-2 focus-visible:outline-3 focus-visible:outline-amber-500';

/** The article's title, the state of the revision shown, and who did what when. */
export function RevisionHeader({ revision }: { revision: StaffRevision }) {
  const r = revision;
  return (
    <header className="space-y-2">
      <p className="text-sm text-slate-600">
        <Link href="/quan-tri" className={link}>
          Bảng điều khiển
        </Link>{' '}
        / Bài viết
      </p>
      <h1 className="text-2xl font-bold break-words">{r.title}</h1>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <StateBadge state={r.state} />
        <span>Phiên bản {r.number}</span>
        <span>Chuyên mục: {r.categoryName}</span>
        <span>Người viết: {r.author.name}</span>
        {r.submitter && r.submittedAt ? (
          <span>
            Gửi duyệt: {r.submitter.name}, <StaffTime value={r.submittedAt} />
          </span>
        ) : null}
        {r.approver && r.approvedAt ? (
          <span>
            Phê duyệt: {r.approver.name}, <StaffTime value={r.approvedAt} />
          </span>
        ) : null}
      </div>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link
          href={`/quan-tri/bai-viet/${r.articleId}/xem-truoc?phien-ban=${r.id}`}
          className={link}
        >
          Xem trước
        </Link>
        {r.article.liveRevisionId ? (
          <Link href={publicPath(r.article.kind, r.article.slug)} className={link}>
            Xem bản đang xuất bản trên cổng
          </Link>
        ) : null}
      </p>
    </header>
  );
}

/** Why the revision was turned down, shown to whoever edits it next. */
export function RejectionNotice({ note }: { note: string }) {
  return (
    <section
      aria-labelledby="ly-do-tu-choi"
      className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-950"
    >
      <h2 id="ly-do-tu-choi" className="font-bold">
        Lý do từ chối
      </h2>
      <p className="whitespace-pre-line">{note}</p>
    </section>
  );
}

/** A scheduled revision: when it goes public. */
export function ScheduleNotice({ at }: { at: Date }) {
  return (
    <p className="rounded border-l-4 border-indigo-600 bg-indigo-50 px-4 py-3">
      Đã hẹn giờ xuất bản lúc <StaffTime value={at} /> (giờ Việt Nam).
    </p>
  );
}
