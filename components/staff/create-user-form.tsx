'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  roles: { value: string; label: string }[];
  minPasswordLength: number;
};

/** "Thêm tài khoản": what was typed comes back on a refusal, except the password. */
export function CreateUserForm({ action, roles, minPasswordLength }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form
      action={formAction}
      key={JSON.stringify(v ?? null)}
      noValidate
      className="grid gap-4 md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <FormStatus state={state} />
      </div>
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="off"
        error={e?.email}
        defaultValue={v?.email ?? ''}
        id="new-user-email"
      />
      <TextField
        label="Họ tên"
        name="name"
        required
        maxLength={120}
        error={e?.name}
        defaultValue={v?.name ?? ''}
        id="new-user-name"
      />
      <SelectField
        label="Vai trò"
        name="role"
        required
        options={roles}
        placeholder="— Chọn vai trò —"
        error={e?.role}
        defaultValue={v?.role ?? ''}
        id="new-user-role"
      />
      <TextField
        label="Mật khẩu"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        hint={`Ít nhất ${minPasswordLength} ký tự.`}
        error={e?.password}
        id="new-user-password"
      />
      <div className="md:col-span-2">
        <SubmitButton>Thêm tài khoản</SubmitButton>
      </div>
    </form>
  );
}
