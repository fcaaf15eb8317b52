import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StepForm } from '@/components/consultations/staff/step-form';
import { EventForm } from '@/components/events/staff/event-form';
import { KIND_OPTIONS } from '@/components/events/staff/kind-options';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { EVENT_KIND_LABELS } from '@/lib/events/kinds';
import {
  getEventForStaff,
  listEventPlanChoices,
  type StaffEvent,
} from '@/lib/events/staff-queries';
import { whenText } from '@/lib/events/when';
import { formatVnDateTime } from '@/lib/text/date';
import {
  approveEventAction,
  rejectEventAction,
  saveEventAction,
  startEventRevisionAction,
  takeDownEventAction,
} from '../actions';

export const metadata: Metadata = { title: 'Sự kiện' };

const FLASH: Record<string, string> = {
  saved: 'Đã lưu nháp.',
  submitted: 'Đã gửi duyệt.',
  approved: 'Đã phê duyệt: sự kiện đã công bố trên cổng và trong lịch sự kiện.',
  rejected: 'Đã từ chối và gửi lý do cho người soạn.',
  started: 'Đã tạo bản cập nhật từ bản đang công bố.',
  'taken-down': 'Đã gỡ sự kiện khỏi cổng và lịch sự kiện.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ da?: string }> };

/** One event: its newest revision, the workflow steps allowed, and the form while editable. */
export default async function StaffEventPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, { da }] = await Promise.all([params, searchParams]);
  const e = await getEventForStaff(actor, id);
  if (!e) notFound();
  const r = e.current;
  const plan = e.rights.edit ? await listEventPlanChoices(actor) : null;
  const flash = da ? FLASH[da] : undefined;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/quan-tri/su-kien" className="text-blue-800 underline">
            Sự kiện
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{r.title}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <StateBadge state={r.state} /> <span>Bản {r.number}</span>
          {e.published ? (
            <Link href={`/su-kien/${e.slug}`} className="text-blue-800 underline">
              Xem trên cổng
            </Link>
          ) : null}
        </p>
        {flash ? (
          <p
            role="status"
            className="rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {flash}
          </p>
        ) : null}
        {r.state === 'REJECTED' && r.rejectionNote ? (
          <p className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
            Bị từ chối. Lý do: {r.rejectionNote}
          </p>
        ) : null}
      </div>
      <Steps event={e} />
      {plan ? (
        <section aria-labelledby="sua-su-kien" className="space-y-3">
          <h2 id="sua-su-kien" className="text-lg font-bold">
            Nội dung sự kiện
          </h2>
          <EventForm
            action={saveEventAction}
            hidden={{ revisionId: r.id, version: String(r.version) }}
            initial={{
              kind: r.kind,
              title: r.title,
              startsAt: formatVnDateTime(r.startsAt),
              endsAt: r.endsAt ? formatVnDateTime(r.endsAt) : '',
              place: r.place,
              onlineUrl: r.onlineUrl,
              hostUnit: r.hostUnit,
              summary: r.summary,
              videoUrl: r.videoUrl,
              reportSlugs: r.reportSlugs.map((s) => `/tin-tuc/${s}`).join('\n'),
            }}
            planItemIds={r.planItemIds}
            plan={plan}
            kindOptions={KIND_OPTIONS}
            photos={r.photos}
          />
        </section>
      ) : (
        <Preview event={e} />
      )}
    </div>
  );
}

/** The steps the policy allows this person now: approve, reject, update, take down. */
function Steps({ event: e }: { event: StaffEvent }) {
  const { rights, current: r } = e;
  if (!rights.approve && !rights.reject && !rights.amend && !rights.takeDown) return null;
  const ref = { revisionId: r.id, version: String(r.version) };
  return (
    <section
      aria-labelledby="duyet-su-kien"
      className="space-y-4 rounded border border-slate-300 p-4"
    >
      <h2 id="duyet-su-kien" className="text-lg font-bold">
        Duyệt sự kiện
      </h2>
      {rights.approve ? (
        <StepForm action={approveEventAction} hidden={ref} button="Phê duyệt" />
      ) : null}
      {rights.reject ? (
        <StepForm
          action={rejectEventAction}
          hidden={ref}
          button="Từ chối"
          variant="danger"
          text={{ name: 'reason', label: 'Lý do', required: true }}
        />
      ) : null}
      {rights.amend ? (
        <StepForm
          action={startEventRevisionAction}
          hidden={{ eventId: e.id }}
          button="Cập nhật sự kiện"
          variant="secondary"
        />
      ) : null}
      {rights.takeDown ? (
        <StepForm
          action={takeDownEventAction}
          hidden={{ eventId: e.id }}
          button="Gỡ sự kiện"
          variant="danger"
          text={{ name: 'reason', label: 'Lý do gỡ', required: true }}
        />
      ) : null}
    </section>
  );
}

/** The revision as readers would get it, for whoever reviews it. */
function Preview({ event: { current: r } }: { event: StaffEvent }) {
  const facts: [string, string][] = [
    ['Loại sự kiện', EVENT_KIND_LABELS[r.kind]],
    ['Thời gian', whenText(r.startsAt.toISOString(), r.endsAt?.toISOString() ?? null)],
    ['Địa điểm', r.place],
    ['Đường dẫn trực tuyến', r.onlineUrl],
    ['Đơn vị chủ trì', r.hostUnit],
    ['Nội dung tóm tắt', r.summary],
    ['Thực hiện giải pháp của kế hoạch', r.planItemTitles.join('; ')],
    ['Bài tường thuật', r.reportSlugs.map((s) => `/tin-tuc/${s}`).join(', ')],
    ['Video', r.videoUrl],
    ['Ảnh', r.photos.length > 0 ? `${r.photos.length} ảnh` : ''],
  ];
  return (
    <section aria-labelledby="xem-truoc" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="xem-truoc" className="text-lg font-bold">
        Xem trước
      </h2>
      <dl className="space-y-1">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label} className="sm:flex sm:gap-2">
              <dt className="font-semibold">{label}:</dt>
              <dd className="whitespace-pre-line break-words">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
