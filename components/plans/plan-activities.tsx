import Link from 'next/link';
import { vnDayText } from '@/lib/plans/content';
import type { ActivityProgress } from '@/lib/plans/progress';
import { type ActivityStatus, STATUS_LABELS, type StatusCounts } from '@/lib/plans/status';

// Colour repeats the words, never replaces them (WCAG 1.4.1); each pair
// passes 4.5:1.
const BADGE: Record<ActivityStatus, string> = {
  DONE: 'bg-green-100 text-green-900 border-green-700',
  LATE: 'bg-red-100 text-red-900 border-red-700',
  UPCOMING: 'bg-slate-100 text-slate-900 border-slate-500',
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${BADGE[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

/** The planned activities of a solution, each with its status and what carried it out. */
export function PlanActivities({ activities }: { activities: ActivityProgress[] }) {
  if (activities.length === 0) return null;
  return (
    <div className="mt-4">
      <h4 className="font-semibold text-slate-800">Hoạt động theo kế hoạch</h4>
      <ul className="mt-2 space-y-3">
        {activities.map(({ item, status }) => (
          <li key={item.id} className="border-l-4 border-slate-300 pl-3">
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="font-semibold text-slate-900">{item.title}</span>
              <StatusBadge status={status} />
            </p>
            <p className="text-sm text-slate-700">
              {item.targetDate ? `Thời hạn: ${vnDayText(item.targetDate)}` : 'Chưa định thời hạn'}
              {item.unit ? ` · Đơn vị thực hiện: ${item.unit}` : ''}
            </p>
            {item.body ? <p className="mt-1 text-slate-700">{item.body}</p> : null}
            <DoneBy item={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function DoneBy({ item }: { item: ActivityProgress['item'] }) {
  if (item.articles.length === 0 && item.events.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-5 text-sm">
      {item.articles.map((a) => (
        <li key={a.slug}>
          <Link href={`/tin-tuc/${a.slug}`} className="text-link underline hover:text-brand">
            {a.title}
          </Link>
        </li>
      ))}
      {item.events.map((e) => (
        <li key={e.id}>Sự kiện: {e.title}</li>
      ))}
    </ul>
  );
}

/** "Tiến độ thực hiện": how many planned activities are done, late and to come. */
export function PlanSummary({ counts }: { counts: StatusCounts }) {
  const total = counts.DONE + counts.LATE + counts.UPCOMING;
  if (total === 0) return null;
  const parts: [ActivityStatus, string][] = [
    ['DONE', 'đã thực hiện'],
    ['LATE', 'chậm so với kế hoạch'],
    ['UPCOMING', 'sắp tới'],
  ];
  return (
    <section
      aria-labelledby="tien-do"
      className="mt-6 rounded border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="tien-do" className="text-xl font-bold text-nav">
        Tiến độ thực hiện
      </h2>
      <p className="mt-1 text-slate-800">{total} hoạt động theo kế hoạch:</p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {parts.map(([status, label]) => (
          <li key={status} className={`rounded border px-3 py-1 font-semibold ${BADGE[status]}`}>
            {counts[status]} {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
