import type { ActionState } from '@/lib/forms/action-state';
import type { VersionRights } from '@/lib/consultations/staff-queries';
import type { WindowGuard } from '@/lib/consultations/window-guard';
import { StepForm } from './step-form';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type StepActions = { approve: FormAction; reject: FormAction; startVersion: FormAction };

/**
 * The workflow steps the policy allows this person on the version shown:
 * "Phê duyệt" (asking for the written reason a short window needs),
 * "Từ chối" with "Lý do", "Tạo phiên bản mới" from the published one.
 */
export function VersionSteps(props: {
  consultationId: string;
  version: { id: string; version: number; shortWindowReason: string };
  rights: VersionRights;
  guard: WindowGuard | null;
  actions: StepActions;
}) {
  const { rights, version, guard, actions } = props;
  if (!rights.approve && !rights.reject && !rights.amend) return null;
  const ref = { versionId: version.id, version: String(version.version) };
  return (
    <section
      aria-labelledby="duyet-du-thao"
      className="space-y-4 rounded border border-slate-300 p-4"
    >
      <h2 id="duyet-du-thao" className="text-lg font-bold">
        Duyệt dự thảo
      </h2>
      {rights.approve ? (
        <StepForm
          action={actions.approve}
          hidden={ref}
          button="Phê duyệt"
          text={
            guard?.belowMinimum
              ? {
                  name: 'shortWindowReason',
                  label: 'Lý do thời gian lấy ý kiến ngắn hơn quy định',
                  required: true,
                  initial: version.shortWindowReason,
                }
              : undefined
          }
        />
      ) : null}
      {rights.reject ? (
        <StepForm
          action={actions.reject}
          hidden={ref}
          button="Từ chối"
          variant="danger"
          text={{ name: 'reason', label: 'Lý do', required: true }}
        />
      ) : null}
      {rights.amend ? (
        <StepForm
          action={actions.startVersion}
          hidden={{ consultationId: props.consultationId }}
          button="Tạo phiên bản mới"
          variant="secondary"
        />
      ) : null}
    </section>
  );
}
