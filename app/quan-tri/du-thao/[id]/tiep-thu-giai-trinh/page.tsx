import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StepForm } from '@/components/consultations/staff/step-form';
import { EntryForm } from '@/components/dispositions/entry-form';
import { StateBadge } from '@/components/workflow/state-badge';
import { requireActor } from '@/lib/auth/guards';
import { OUTCOME_LABELS, OUTCOME_VALUES } from '@/lib/dispositions/outcomes';
import { getRegisterForStaff } from '@/lib/dispositions/staff';
import {
  approveRegisterAction,
  rejectRegisterAction,
  saveEntryAction,
  submitRegisterAction,
} from '../../register-actions';

export const metadata: Metadata = { title: 'Tiếp thu, giải trình ý kiến' };

const OUTCOME_OPTIONS = Object.entries(OUTCOME_VALUES).map(([value, outcome]) => ({
  value,
  label: OUTCOME_LABELS[outcome],
}));

const FLASH: Record<string, string> = {
  saved: 'Đã lưu.',
  submitted: 'Đã gửi duyệt bảng tiếp thu, giải trình.',
  approved: 'Đã phê duyệt: bảng tiếp thu, giải trình đã công bố trên cổng.',
  rejected: 'Đã từ chối và gửi lý do cho người soạn.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ da?: string }> };

/** The register's staff screen: one form per published comment (or group), then the workflow steps. */
export default async function StaffRegisterPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, { da }] = await Promise.all([params, searchParams]);
  const r = await getRegisterForStaff(actor, id);
  if (!r) notFound();
  const reg = r.register;
  const stepHidden: Record<string, string> = reg
    ? { registerId: reg.id, version: String(reg.version), consultationId: r.id }
    : {};
  const others = r.items.map((item, i) => ({ value: item.id, label: `Ý kiến số ${i + 1}` }));
  const flash = da ? FLASH[da] : undefined;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/quan-tri/du-thao/${r.id}`} className="text-blue-800 underline">
          {r.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Tiếp thu, giải trình ý kiến</h1>
      <p className="flex flex-wrap items-center gap-2">
        {reg ? <StateBadge state={reg.state} /> : <span>Chưa soạn</span>}
        {reg?.state === 'PUBLISHED' ? (
          <Link href={`/du-thao/${r.slug}/tiep-thu-giai-trinh`} className="text-blue-800 underline">
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
      {reg?.state === 'REJECTED' && reg.rejectionNote ? (
        <p className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
          Bị từ chối. Lý do: {reg.rejectionNote}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-6">
        {r.rights.submit ? (
          <StepForm action={submitRegisterAction} hidden={stepHidden} button="Gửi duyệt" />
        ) : null}
        {r.rights.approve ? (
          <StepForm action={approveRegisterAction} hidden={stepHidden} button="Phê duyệt" />
        ) : null}
        {r.rights.reject ? (
          <StepForm
            action={rejectRegisterAction}
            hidden={stepHidden}
            button="Từ chối"
            variant="danger"
            text={{ name: 'reason', label: 'Lý do', required: true }}
          />
        ) : null}
      </div>
      {r.items.length === 0 ? <p>Chưa có ý kiến nào được đăng.</p> : null}
      <ol className="space-y-4">
        {r.items.map((item, i) => (
          <li key={item.id} className="space-y-2 rounded border border-slate-300 p-4">
            <h2 className="font-bold">
              Ý kiến số {i + 1}: {item.provision} (dự thảo lần {item.versionNumber})
            </h2>
            <p className="text-sm text-slate-700">
              {item.commenter}
              {item.groupSize > 1 ? `, cùng ${item.groupSize - 1} ý kiến giống nội dung` : ''}
            </p>
            <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-line break-words">
              {item.body}
            </blockquote>
            {r.rights.edit ? (
              <EntryForm
                action={saveEntryAction}
                n={i + 1}
                hidden={{
                  consultationId: r.id,
                  feedbackId: item.id,
                  registerVersion: String(reg?.version ?? 0),
                }}
                outcomes={OUTCOME_OPTIONS}
                others={others.filter((o) => o.value !== item.id)}
                initial={item.entry ?? { outcome: '', response: '', duplicateOfId: '' }}
              />
            ) : item.entry ? (
              <p>
                <strong>
                  {OUTCOME_OPTIONS.find((o) => o.value === item.entry?.outcome)?.label}
                </strong>
                : {item.entry.response}
              </p>
            ) : (
              <p>Chưa có nội dung tiếp thu, giải trình.</p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
