'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** "Xoá dữ liệu" of one person, with an explicit confirmation. */
export function PersonalDataEraseForm({ action }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  const v = state.values;
  const confirmError = state.fieldErrors?.confirm;
  return (
    <form action={formAction} key={JSON.stringify(v ?? null)} noValidate className="space-y-4">
      <FormStatus state={state} />
      <TextField
        label="Email của người yêu cầu"
        name="email"
        type="email"
        id="erase-email"
        required
        error={state.fieldErrors?.email}
        defaultValue={v?.email ?? ''}
      />
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            className="mt-1 size-5"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? 'erase-confirm-error' : undefined}
          />
          <span>
            Tôi xác nhận xoá: mọi ý kiến gửi từ email này bị rút khỏi Cổng, nội dung, họ tên và
            email bị xoá, không thể hoàn tác.
          </span>
        </label>
        {confirmError ? (
          <p id="erase-confirm-error" className="text-sm font-medium text-red-800">
            {confirmError.join(' ')}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="danger">Xoá dữ liệu</SubmitButton>
    </form>
  );
}
