'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "Tải lên" one PDF or .docx into the version's dossier, with its kind and title. */
export function DossierUploadForm(props: {
  action: FormAction;
  hidden: Record<string, string>;
  kindOptions: readonly { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} aria-label="Thêm tệp vào hồ sơ" className="space-y-3">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <SelectField
        name="kind"
        label="Loại tài liệu"
        required
        options={props.kindOptions}
        defaultValue={state.values?.kind ?? 'to-trinh'}
        error={err('kind')}
      />
      <TextField
        name="title"
        label="Tên tài liệu"
        required
        maxLength={300}
        defaultValue={state.values?.title ?? ''}
        error={err('title')}
      />
      <TextField
        name="dossierFile"
        type="file"
        label="Tệp PDF hoặc .docx (tối đa 5 MB)"
        required
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        error={err('dossierFile')}
      />
      <SubmitButton variant="secondary">Tải lên</SubmitButton>
    </form>
  );
}
