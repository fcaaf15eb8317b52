'use client';

import { type ReactNode, useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import { DECISION_LABELS, type ModerationDecision } from '@/lib/moderation/decisions';
import { ReasonSelect } from './reason-select';

/** Decisions that take the item off (or keep it off) the page: the reason sits beside them. */
const REASONED: ReadonlySet<ModerationDecision> = new Set(['reject', 'hide']);

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The decisions that apply to the items of this tab. */
  decisions: readonly ModerationDecision[];
  /** The rows, each with its checkbox named "chon" (or one hidden "chon" for one item). */
  children: ReactNode;
  legend: string;
  /** Distinguishes field ids when several forms are on one page. */
  idPrefix: string;
};

/**
 * One form around the queue: tick items (or groups), then one button per
 * decision; refusing needs one of the four reasons. Works without
 * JavaScript; the outcome is announced.
 */
export function BulkForm({ action, decisions, children, legend, idPrefix }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  // Refusing needs a reason; hiding may say why.
  const reasonLabel = decisions.includes('reject')
    ? 'Lý do từ chối'
    : decisions.includes('hide')
      ? 'Lý do ẩn (không bắt buộc)'
      : null;
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} />
      {children}
      {decisions.length > 0 ? (
        <fieldset className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
          <legend className="px-1 font-semibold">{legend}</legend>
          {decisions
            .filter((d) => !REASONED.has(d))
            .map((d) => (
              <SubmitButton key={d} name="decision" value={d}>
                {DECISION_LABELS[d]}
              </SubmitButton>
            ))}
          {reasonLabel ? (
            <ReasonSelect
              id={`${idPrefix}-reason`}
              label={reasonLabel}
              error={state.fieldErrors?.reason}
            />
          ) : null}
          {decisions
            .filter((d) => REASONED.has(d))
            .map((d) => (
              <SubmitButton key={d} name="decision" value={d} variant="danger">
                {DECISION_LABELS[d]}
              </SubmitButton>
            ))}
          {/* Copies the automatic grouping missed, or put together wrongly. */}
          <SubmitButton name="grouping" value="merge" variant="secondary">
            Gộp nhóm
          </SubmitButton>
          <SubmitButton name="grouping" value="split" variant="secondary">
            Tách khỏi nhóm
          </SubmitButton>
        </fieldset>
      ) : null}
    </form>
  );
}
