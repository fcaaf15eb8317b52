import type { DossierEntry } from '@/lib/consultations/dossier-queries';
import { DOSSIER_KIND_LABELS, DOSSIER_KINDS } from '@/lib/consultations/dossier-kinds';
import type { ActionState } from '@/lib/forms/action-state';
import { DossierUploadForm } from './dossier-upload-form';
import { StepForm } from './step-form';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const KIND_OPTIONS = DOSSIER_KINDS.map((value) => ({ value, label: DOSSIER_KIND_LABELS[value] }));

/**
 * The version's dossier on its staff screen: the files (downloadable by
 * staff before publication), and while the version may be edited, a remove
 * button per file and the upload form. Files go public with the version.
 */
export function DossierPanel(props: {
  files: DossierEntry[];
  version: { id: string; version: number };
  canEdit: boolean;
  actions: { add: FormAction; remove: FormAction };
}) {
  const hidden = { versionId: props.version.id, version: String(props.version.version) };
  return (
    <section aria-labelledby="ho-so-du-thao" className="space-y-3">
      <h2 id="ho-so-du-thao" className="text-lg font-bold">
        Hồ sơ dự thảo
      </h2>
      <p className="text-sm text-slate-700">
        Tệp chỉ hiện trên cổng khi phiên bản này được phê duyệt.
      </p>
      {props.files.length === 0 ? <p>Chưa có tệp nào.</p> : null}
      <ul className="space-y-2">
        {props.files.map((f) => (
          <li key={f.id} className="space-y-2 rounded border border-slate-200 p-3">
            <p className="text-sm text-slate-700">{f.kindLabel}</p>
            <a href={f.href} className="font-medium break-words text-blue-800 underline">
              {f.title}
            </a>{' '}
            <span className="text-sm text-slate-700">
              ({f.format}, {f.size})
            </span>
            {props.canEdit ? (
              <StepForm
                action={props.actions.remove}
                hidden={{ ...hidden, fileId: f.id }}
                button={`Bỏ tệp ${f.title}`}
                variant="danger"
              />
            ) : null}
          </li>
        ))}
      </ul>
      {props.canEdit ? (
        <DossierUploadForm action={props.actions.add} hidden={hidden} kindOptions={KIND_OPTIONS} />
      ) : null}
    </section>
  );
}
