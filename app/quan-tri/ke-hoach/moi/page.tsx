import type { Metadata } from 'next';
import { PlanEditor } from '@/components/plans/staff/plan-editor';
import { newKey } from '@/components/plans/staff/plan-rows';
import { AccessDenied } from '@/components/staff/access-denied';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { createPlanAction } from '../actions';

export const metadata: Metadata = { title: 'Soạn kế hoạch truyền thông mới' };

/** The new-plan form (editors and approvers): saved as revision 1, a draft no reader sees. */
export default async function NewPlanPage() {
  const actor = await requireActor();
  if (!can(actor, 'createArticle')) return <AccessDenied what="soạn kế hoạch" />;
  const year = new Date().getFullYear() + 1;
  return (
    <>
      <h1 className="text-2xl font-bold">Soạn kế hoạch truyền thông mới</h1>
      <p className="text-slate-700">
        Kế hoạch mới được lưu thành bản nháp. Chỉ khi một người phê duyệt khác đồng ý, kế hoạch mới
        hiện trên cổng thông tin.
      </p>
      <PlanEditor
        action={createPlanAction}
        hidden={{}}
        initial={{ year: String(year), title: `Kế hoạch truyền thông năm ${year}` }}
        rows={[{ key: newKey(), kind: 'SOLUTION', parentKey: null }]}
        askYear
        canSubmit
      />
    </>
  );
}
