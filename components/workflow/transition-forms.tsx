'use client';

import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/form/button-class';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import { VN_DATE_TIME_PATTERN } from '@/lib/text/vn-time';
import { type ConfirmKind, type ConfirmStep, STEP_PARAMS } from './confirm-types';
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

/** The first step's hidden fields: which confirmation to show, and the version seen. */
function StepHidden({ kind, version }: { kind: ConfirmKind; version: number }) {
  return <Hidden fields={{ [STEP_PARAMS.kind]: kind, [STEP_PARAMS.version]: String(version) }} />;
}

type StepBase = {
  /** The version of the revision on screen. */
  version: number;
  /** What came back from the first step (typed values, errors), if it was this form's. */
  step: ConfirmStep | null;
  idPrefix: string;
};

/**
 * "Phê duyệt", first step: publish now, or at "Thời gian xuất bản". A text
 * field in "dd/mm/yyyy HH:mm", Vietnam time, not datetime-local: that one
 * shows the browser's own format (mm/dd/yyyy in an English browser). The
 * button only shows what will be public, and when; nothing is sent yet.
 */
export function ApproveForm({ version, step, idPrefix, example }: StepBase & { example: string }) {
  return (
    <form method="get" action="#thao-tac" noValidate className="space-y-3">
      <StepHidden kind="phe-duyet" version={version} />
      <TextField
        id={`${idPrefix}-publishAt`}
        label="Thời gian xuất bản"
        name={STEP_PARAMS.publishAt}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        pattern={VN_DATE_TIME_PATTERN}
        placeholder="dd/mm/yyyy HH:mm"
        hint={`Ngày/tháng/năm giờ:phút, giờ Việt Nam (UTC+7), ví dụ ${example}. Để trống để xuất bản ngay khi phê duyệt.`}
        error={step?.errors.publishAt}
        defaultValue={step?.publishAt ?? ''}
      />
      <button type="submit" className={buttonClass('primary')}>
        Xem lại và phê duyệt
      </button>
    </form>
  );
}

/** "Từ chối" or "Gỡ bài", first step: the reason, read back before anything is sent. */
export function ReasonForm(
  props: StepBase & { kind: 'tu-choi' | 'go-bai'; button: string; hint: string },
) {
  return (
    <form method="get" action="#thao-tac" noValidate className="space-y-3">
      <StepHidden kind={props.kind} version={props.version} />
      <TextAreaField
        id={`${props.idPrefix}-reason`}
        label="Lý do"
        name={STEP_PARAMS.reason}
        required
        rows={3}
        maxLength={1000}
        hint={props.hint}
        error={props.step?.errors.reason}
        defaultValue={props.step?.reason ?? ''}
      />
      <button type="submit" className={buttonClass('danger')}>
        {props.button}
      </button>
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
