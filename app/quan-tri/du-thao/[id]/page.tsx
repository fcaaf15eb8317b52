import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StructurePreview, WindowGuardPanel } from '@/components/consultations/staff/checks-panel';
import { ConsultationForm } from '@/components/consultations/staff/consultation-form';
import { DossierPanel } from '@/components/consultations/staff/dossier-panel';
import { TYPE_OPTIONS } from '@/components/consultations/staff/type-options';
import { VersionPreview } from '@/components/consultations/staff/version-preview';
import { VersionSteps } from '@/components/consultations/staff/version-steps';
import { StateBadge } from '@/components/workflow/state-badge';
import { StaffCommentSummary } from '@/components/comments/staff-summary';
import { requireActor } from '@/lib/auth/guards';
import { getCommentSummary } from '@/lib/comments/summary';
import { listVersionDossier } from '@/lib/consultations/dossier-queries';
import { staffChecks } from '@/lib/consultations/staff-checks';
import { getConsultationForStaff } from '@/lib/consultations/staff-queries';
import { formatVnDateTime } from '@/lib/text/date';
import {
  approveConsultationAction,
  rejectConsultationAction,
  saveConsultationAction,
  startVersionAction,
} from '../actions';
import { addDossierFileAction, removeDossierFileAction } from '../dossier-actions';

const DOSSIER_ACTIONS = { add: addDossierFileAction, remove: removeDossierFileAction };

const STEP_ACTIONS = {
  approve: approveConsultationAction,
  reject: rejectConsultationAction,
  startVersion: startVersionAction,
};

export const metadata: Metadata = { title: 'Dự thảo lấy ý kiến' };

const FLASH: Record<string, string> = {
  saved: 'Đã lưu nháp.',
  submitted: 'Đã gửi duyệt.',
  approved: 'Đã phê duyệt: dự thảo đã công bố trên cổng.',
  rejected: 'Đã từ chối và gửi lý do cho người soạn.',
  started: 'Đã tạo phiên bản mới từ bản đang công bố.',
  'dossier-added': 'Đã thêm tệp vào hồ sơ dự thảo.',
  'dossier-removed': 'Đã bỏ tệp khỏi hồ sơ dự thảo.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ da?: string }> };

/** One consultation: its newest version's fields, checks, structure and the workflow steps allowed. */
export default async function StaffConsultationPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, { da }] = await Promise.all([params, searchParams]);
  const c = await getConsultationForStaff(actor, id);
  if (!c) notFound();
  const v = c.current;
  const checks = staffChecks(v, c.documentType);
  const dossier = await listVersionDossier(actor, v.id);
  const flash = da ? FLASH[da] : undefined;
  const summary = c.published ? await getCommentSummary(actor, c.id) : null;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/quan-tri/du-thao" className="text-blue-800 underline">
            Dự thảo lấy ý kiến
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{v.title}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <StateBadge state={v.state} /> <span>Dự thảo lần {v.number}</span>
          {c.published ? (
            <Link href={`/du-thao/${c.slug}`} className="text-blue-800 underline">
              Xem trên cổng
            </Link>
          ) : null}
          {c.published ? (
            <Link
              href={`/quan-tri/du-thao/${c.id}/tiep-thu-giai-trinh`}
              className="text-blue-800 underline"
            >
              Tiếp thu, giải trình ý kiến
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
        {v.state === 'REJECTED' && v.rejectionNote ? (
          <p className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
            Bị từ chối. Lý do: {v.rejectionNote}
          </p>
        ) : null}
      </div>
      <WindowGuardPanel guard={checks.guard} />
      {summary ? <StaffCommentSummary summary={summary} consultationId={c.id} /> : null}
      <VersionSteps
        consultationId={c.id}
        version={v}
        rights={c.rights}
        guard={checks.guard}
        actions={STEP_ACTIONS}
      />
      {c.rights.edit ? (
        <section aria-labelledby="sua-du-thao" className="space-y-3">
          <h2 id="sua-du-thao" className="text-lg font-bold">
            Nội dung dự thảo
          </h2>
          <ConsultationForm
            action={saveConsultationAction}
            hidden={{ versionId: v.id, version: String(v.version) }}
            initial={{
              title: v.title,
              documentType: c.documentType,
              draftingUnit: c.draftingUnit,
              summary: v.summary,
              contact: c.contact,
              opensAt: formatVnDateTime(v.opensAt),
              closesAt: formatVnDateTime(v.closesAt),
              shortWindowReason: v.shortWindowReason,
              draftText: v.draftText,
            }}
            typeOptions={TYPE_OPTIONS}
            identityLocked={c.published}
            canSubmit={c.rights.edit}
          />
        </section>
      ) : null}
      <DossierPanel files={dossier} version={v} canEdit={c.rights.edit} actions={DOSSIER_ACTIONS} />
      <StructurePreview units={v.units} warnings={checks.warnings} />
      <VersionPreview identity={c} version={v} />
    </div>
  );
}
