'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/form/button-class';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import type { ConfirmSummary } from './confirm-types';
import type { FormAction } from './editor-types';

type Props = {
  summary: ConfirmSummary;
  action: FormAction;
  /** Everything the final Server Action needs: ids, version, time or reason. */
  hidden: Record<string, string>;
  variant: 'primary' | 'danger';
};

/**
 * The second step: what is about to happen, read back in words, with the
 * one button that does it. A refusal (a change in the meantime, a time now
 * past) shows here and nothing is done.
 */
export function ConfirmPanel({ summary, action, hidden, variant }: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, initialActionState);
  return (
    <section
      aria-labelledby="xac-nhan"
      className="space-y-3 rounded border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h3 id="xac-nhan" className="text-lg font-bold">
        {summary.heading}
      </h3>
      <p>{summary.lead}</p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {summary.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-semibold">{f.label}</dt>
            <dd className="mb-2 break-words whitespace-pre-line sm:mb-0">{f.value}</dd>
          </div>
        ))}
      </dl>
      <form action={formAction} className="flex flex-wrap items-center gap-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="basis-full">
          <FormStatus state={state} />
        </div>
        <SubmitButton variant={variant}>{summary.button}</SubmitButton>
        <Link href={summary.backHref} className={buttonClass('secondary')}>
          Quay lại sửa
        </Link>
      </form>
    </section>
  );
}
