'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** "Thêm chuyên mục". */
export function CreateCategoryForm({ action }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  const v = state.values;
  return (
    <form action={formAction} key={JSON.stringify(v ?? null)} noValidate className="space-y-4">
      <FormStatus state={state} />
      <TextField
        label="Tên chuyên mục"
        name="name"
        required
        maxLength={120}
        id="new-category-name"
        hint="Đường dẫn được tạo từ tên, ví dụ /chuyen-muc/truyen-thong-chinh-sach, và không đổi về sau."
        error={state.fieldErrors?.name}
        defaultValue={v?.name ?? ''}
      />
      <TextAreaField
        label="Mô tả"
        name="description"
        rows={2}
        maxLength={500}
        id="new-category-description"
        error={state.fieldErrors?.description}
        defaultValue={v?.description ?? ''}
      />
      <SubmitButton>Thêm chuyên mục</SubmitButton>
    </form>
  );
}
