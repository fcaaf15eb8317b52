import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { PersonalDataEraseForm } from '@/components/staff/personal-data-erase-form';
import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass } from '@/components/ui/form/field';
import { Panel } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { can } from '@/lib/core/policy';
import { erasePersonalDataAction } from './actions';

export const metadata: Metadata = { title: 'Dữ liệu cá nhân' };

/**
 * A reader's request about their personal data (Decree 13/2023): export
 * everything stored about their feedback, or erase it. Admins only; both
 * are written to the audit trail under a keyed hash of the email.
 */
export default async function PersonalDataPage() {
  const actor = await requireActor();
  if (!can(actor, 'managePersonalData')) return <AccessDenied what="dữ liệu cá nhân của bạn đọc" />;
  return (
    <>
      <h1 className="text-2xl font-bold">Dữ liệu cá nhân của bạn đọc</h1>
      <p className="text-slate-700">
        Khi người gửi ý kiến yêu cầu, tìm theo email họ đã dùng. Email và các mã băm được tự động
        xoá {env().FEEDBACK_RETENTION_DAYS} ngày sau khi gửi. Mỗi lần xuất hay xoá đều được ghi vào
        nhật ký (không ghi email).
      </p>
      <Panel id="xuat-du-lieu" title="Xuất dữ liệu">
        <form method="post" action="/quan-tri/du-lieu-ca-nhan/xuat" className="space-y-4">
          <div className="space-y-1">
            <label htmlFor="export-email" className="block font-semibold text-slate-900">
              Email của người yêu cầu
            </label>
            <input id="export-email" name="email" type="email" required className={controlClass} />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            Xuất dữ liệu (JSON)
          </button>
        </form>
      </Panel>
      <Panel id="xoa-du-lieu" title="Xoá dữ liệu">
        <PersonalDataEraseForm action={erasePersonalDataAction} />
      </Panel>
    </>
  );
}
