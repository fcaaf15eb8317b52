import type { Metadata } from 'next';
import { ConsultationForm } from '@/components/consultations/staff/consultation-form';
import { TYPE_OPTIONS } from '@/components/consultations/staff/type-options';
import { AccessDenied } from '@/components/staff/access-denied';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { createConsultationAction } from '../actions';

export const metadata: Metadata = { title: 'Tạo dự thảo mới' };

const EMPTY = {
  title: '',
  documentType: '',
  draftingUnit: '',
  summary: '',
  contact: '',
  opensAt: '',
  closesAt: '',
  shortWindowReason: '',
  draftText: '',
};

/** The new-consultation form (editors and approvers): saved as version 1, a draft. */
export default async function NewConsultationPage() {
  const actor = await requireActor();
  if (!can(actor, 'createArticle')) return <AccessDenied what="tạo dự thảo" />;
  return (
    <>
      <h1 className="text-2xl font-bold">Tạo dự thảo mới</h1>
      <p className="text-slate-700">
        Dự thảo mới được lưu thành bản nháp (lần 1). Chỉ khi người phê duyệt khác đồng ý, dự thảo
        mới hiện trên cổng thông tin.
      </p>
      <ConsultationForm
        action={createConsultationAction}
        hidden={{}}
        initial={EMPTY}
        typeOptions={TYPE_OPTIONS}
        identityLocked={false}
        canSubmit
      />
    </>
  );
}
