'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextAreaField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

/** One comment's answer in the register: the outcome, the response, and for "Trùng" the comment repeated. */
export function EntryForm(props: {
  action: FormAction;
  hidden: Record<string, string>;
  /** For the fields' ids: the comment's row number on the screen. */
  n: number;
  outcomes: readonly Option[];
  others: readonly Option[];
  initial: { outcome: string; response: string; duplicateOfId: string };
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const v = (name: keyof typeof props.initial) => state.values?.[name] ?? props.initial[name];
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form
      action={formAction}
      aria-label={`Tiếp thu, giải trình ý kiến số ${props.n}`}
      className="space-y-3"
    >
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <SelectField
        id={`ket-qua-${props.n}`}
        name="outcome"
        label="Kết quả"
        required
        placeholder="Chọn kết quả…"
        options={props.outcomes}
        defaultValue={v('outcome')}
        error={err('outcome')}
      />
      <TextAreaField
        id={`noi-dung-${props.n}`}
        name="response"
        label="Nội dung tiếp thu, giải trình"
        hint="Với Giải trình, nêu lý do không tiếp thu."
        rows={3}
        maxLength={5000}
        defaultValue={v('response')}
        error={err('response')}
      />
      <SelectField
        id={`trung-voi-${props.n}`}
        name="duplicateOfId"
        label="Trùng với ý kiến (khi chọn Trùng)"
        placeholder="Không"
        options={props.others}
        defaultValue={v('duplicateOfId')}
        error={err('duplicateOfId')}
      />
      <SubmitButton variant="secondary">Lưu</SubmitButton>
    </form>
  );
}
