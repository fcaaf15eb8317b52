import Link from 'next/link';
import { DateText } from '@/components/ui/date-text';
import type { ActivityProgress } from '@/lib/plans/progress';
import type { PlanEventDto, PlanItemDto } from '@/lib/plans/queries';
import { PlanActivities } from './plan-activities';
import { SummaryMark } from './plan-section';

const EVENT_KIND: Record<PlanEventDto['kind'], string> = {
  PRESS_CONFERENCE: 'Họp báo',
  POLICY_SEMINAR: 'Tọa đàm chính sách',
  POLICY_DIALOGUE: 'Đối thoại chính sách',
  MEDIA_CONNECTION: 'Chương trình kết nối truyền thông',
  OTHER: 'Sự kiện',
};

/** A key solution, its planned activities, and the published articles and events that carry it out. */
export function PlanSolution({
  item,
  index,
  activities = [],
}: {
  item: PlanItemDto;
  index: number;
  activities?: ActivityProgress[];
}) {
  const nothingYet =
    item.articles.length === 0 && item.events.length === 0 && activities.length === 0;
  return (
    <li className="rounded border border-slate-300 p-4 sm:p-5">
      <h3 className="text-xl font-bold text-slate-900">
        <span className="text-brand">Giải pháp {index}.</span> {item.title}
        {item.isSummary ? <SummaryMark /> : null}
      </h3>
      {item.body ? <p className="mt-2 text-slate-700">{item.body}</p> : null}
      <PlanActivities activities={activities} />
      {item.articles.length > 0 ? (
        <div className="mt-4">
          <h4 className="font-semibold text-slate-800">Tin bài thực hiện</h4>
          <ul className="mt-2 space-y-1">
            {item.articles.map((a) => (
              <li key={a.slug}>
                <Link href={`/tin-tuc/${a.slug}`} className="text-link underline hover:text-brand">
                  {a.title}
                </Link>{' '}
                <span className="text-sm whitespace-nowrap text-slate-600">
                  (<DateText value={a.publishedAt} />)
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.events.length > 0 ? (
        <div className="mt-4">
          <h4 className="font-semibold text-slate-800">Sự kiện</h4>
          <ul className="mt-2 space-y-2">
            {item.events.map((e) => (
              <li key={e.id}>
                <span className="font-semibold">{EVENT_KIND[e.kind]}:</span> {e.title}
                <span className="block text-sm text-slate-600">
                  <DateText value={e.startsAt} />
                  {e.place ? ` · ${e.place}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {nothingYet ? (
        <p className="mt-3 text-sm text-slate-600">Chưa có tin bài hoặc sự kiện được công bố.</p>
      ) : null}
    </li>
  );
}
