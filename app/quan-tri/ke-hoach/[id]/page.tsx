import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StepForm } from '@/components/consultations/staff/step-form';
import { PlanDiffView } from '@/components/plans/staff/plan-diff';
import { PlanEditor } from '@/components/plans/staff/plan-editor';
import { PlanHistory } from '@/components/plans/staff/plan-history';
import { formValuesOf, rowsOf } from '@/components/plans/staff/plan-rows';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { getPlanForStaff } from '@/lib/plans/staff-queries';
import { amendPlanAction, approvePlanAction, rejectPlanAction, savePlanAction } from '../actions';

export const metadata: Metadata = { title: 'Kế hoạch truyền thông' };

const FLASH: Record<string, string> = {
  saved: 'Đã lưu nháp.',
  submitted: 'Đã gửi duyệt.',
  approved: 'Đã phê duyệt: kế hoạch đã công bố trên cổng.',
  rejected: 'Đã từ chối và gửi lý do cho người soạn.',
  amended: 'Đã tạo bản sửa từ bản đang công bố.',
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ da?: string; 'so-sanh'?: string }>;
};

/** One plan: its newest revision, the steps the policy allows, the diff and the history. */
export default async function StaffPlanPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const plan = await getPlanForStaff(actor, id, query['so-sanh']);
  if (!plan) notFound();
  const r = plan.current;
  const title = r?.title ?? plan.live?.title ?? '';
  const flash = query.da ? FLASH[query.da] : undefined;
  const ref = r ? { revisionId: r.id, version: String(r.version) } : null;
  const { rights } = plan;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/quan-tri/ke-hoach" className="text-blue-800 underline">
            Kế hoạch truyền thông
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{title}</h1>
        <p className="flex flex-wrap items-center gap-2">
          {r ? <StateBadge state={r.state} /> : null}
          {r ? <span>Phiên bản {r.number}</span> : null}
          {plan.published ? (
            <Link href={`/ke-hoach-truyen-thong/${plan.year}`} className="text-blue-800 underline">
              Xem trên cổng
            </Link>
          ) : (
            <span>Chưa công bố</span>
          )}
        </p>
        {flash ? (
          <p
            role="status"
            className="rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {flash}
          </p>
        ) : null}
        {r?.state === 'REJECTED' && r.rejectionNote ? (
          <p className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
            Bị từ chối. Lý do: {r.rejectionNote}
          </p>
        ) : null}
      </div>
      {ref && (rights.approve || rights.reject) ? (
        <section
          aria-labelledby="duyet-ke-hoach"
          className="space-y-4 rounded border border-slate-300 p-4"
        >
          <h2 id="duyet-ke-hoach" className="text-lg font-bold">
            Duyệt kế hoạch
          </h2>
          {rights.approve ? (
            <StepForm action={approvePlanAction} hidden={ref} button="Phê duyệt" />
          ) : null}
          {rights.reject ? (
            <StepForm
              action={rejectPlanAction}
              hidden={ref}
              button="Từ chối"
              variant="danger"
              text={{ name: 'reason', label: 'Lý do', required: true }}
            />
          ) : null}
        </section>
      ) : null}
      {rights.amend ? (
        <StepForm
          action={amendPlanAction}
          hidden={{ planId: plan.id }}
          button="Sửa đổi kế hoạch"
          variant="secondary"
        />
      ) : null}
      {plan.diff ? (
        <PlanDiffView
          diff={plan.diff}
          heading={
            plan.diffOf
              ? `Phiên bản ${plan.diffOf.number} so với ${plan.diffOf.against ? `phiên bản ${plan.diffOf.against}` : 'bản trước (không có)'}`
              : 'So sánh với bản đang công bố'
          }
        />
      ) : null}
      {r && ref && rights.edit ? (
        <section aria-labelledby="sua-ke-hoach" className="space-y-3">
          <h2 id="sua-ke-hoach" className="text-lg font-bold">
            Nội dung kế hoạch
          </h2>
          <PlanEditor
            action={savePlanAction}
            hidden={ref}
            initial={formValuesOf(r.content)}
            rows={rowsOf(r.content)}
            askYear={false}
            canSubmit={rights.submit}
          />
        </section>
      ) : null}
      <PlanHistory plan={plan} />
    </div>
  );
}
