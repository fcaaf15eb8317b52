'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import { VN_DATE_TIME_PATTERN } from '@/lib/text/vn-time';
import type { FormAction } from './editor-types';

type Base = {
  action: FormAction;
  /** e.g. revisionId and version: what the server needs to find and lock the revision. */
  hidden: Record<string, string>;
  /** Distinguishes field ids when several forms are on one page. */
  idPrefix: string;
};

function Hidden({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

function useFormState(action: FormAction) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  return { state, formAction, key: JSON.stringify(state.values ?? null) };
}

/**
 * "Phê duyệt": publish now, or at "Thời gian xuất bản" when one is set. A
 * text field in "dd/mm/yyyy HH:mm", Vietnam time, not datetime-local: that
 * one shows the browser's own format (mm/dd/yyyy in an English browser).
 * The server parses it and refuses a time in the past.
 */
export function ApproveForm({ action, hidden, idPrefix, example }: Base & { example: string }) {
  const { state, formAction, key } = useFormState(action);
  return (
    <form action={formAction} key={key} noValidate className="space-y-3">
      <Hidden fields={hidden} />
      <FormStatus state={state} />
      <TextField
        id={`${idPrefix}-publishAt`}
        label="Thời gian xuất bản"
        name="publishAt"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        pattern={VN_DATE_TIME_PATTERN}
        placeholder="dd/mm/yyyy HH:mm"
        hint={`Ngày/tháng/năm giờ:phút, giờ Việt Nam (UTC+7), ví dụ ${example}. Để trống để xuất bản ngay khi phê duyệt.`}
        error={state.fieldErrors?.publishAt}
        defaultValue={state.values?.publishAt ?? ''}
      />
      <SubmitButton>Phê duyệt</SubmitButton>
    </form>
  );
}

/** "Từ chối" or "Gỡ bài": both need a reason, which the editor will read. */
export function ReasonForm(
  props: Base & { button: string; hint: string; variant?: 'danger' | 'secondary' },
) {
  const { state, formAction, key } = useFormState(props.action);
  return (
    <form action={formAction} key={key} noValidate className="space-y-3">
      <Hidden fields={props.hidden} />
      <FormStatus state={state} />
      <TextAreaField
        id={`${props.idPrefix}-reason`}
        label="Lý do"
        name="reason"
        required
        rows={3}
        maxLength={1000}
        hint={props.hint}
        error={state.fieldErrors?.reason}
        defaultValue={state.values?.reason ?? ''}
      />
      <SubmitButton variant={props.variant ?? 'danger'}>{props.button}</SubmitButton>
    </form>
  );
}

/** A single-button action with no input: "Gửi duyệt" (outside the editor), "Sửa bài". */
export function ButtonForm(props: Base & { button: string; variant?: 'primary' | 'secondary' }) {
  const { state, formAction, key } = useFormState(props.action);
  return (
    <form action={formAction} key={key} className="space-y-3">
      <Hidden fields={props.hidden} />
      <FormStatus state={state} />
      <SubmitButton variant={props.variant}>{props.button}</SubmitButton>
    </form>
  );
}
