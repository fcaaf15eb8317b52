import type { Metadata } from 'next';
import { EventForm } from '@/components/events/staff/event-form';
import { KIND_OPTIONS } from '@/components/events/staff/kind-options';
import { AccessDenied } from '@/components/staff/access-denied';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { listEventPlanChoices } from '@/lib/events/staff-queries';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Tạo sự kiện mới' };

const EMPTY = {
  kind: '',
  title: '',
  startsAt: '',
  endsAt: '',
  place: '',
  onlineUrl: '',
  hostUnit: '',
  summary: '',
  videoUrl: '',
  reportSlugs: '',
};

/** The new-event form (editors and approvers): saved as a draft. */
export default async function NewEventPage() {
  const actor = await requireActor();
  if (!can(actor, 'createArticle')) return <AccessDenied what="tạo sự kiện" />;
  const plan = await listEventPlanChoices(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Tạo sự kiện mới</h1>
      <p className="text-slate-700">
        Sự kiện mới được lưu thành bản nháp. Chỉ khi một người phê duyệt khác đồng ý, sự kiện mới
        hiện trên cổng thông tin và trong lịch sự kiện.
      </p>
      <EventForm
        action={createEventAction}
        hidden={{}}
        initial={EMPTY}
        planItemIds={[]}
        plan={plan}
        kindOptions={KIND_OPTIONS}
        photos={[]}
      />
    </>
  );
}
