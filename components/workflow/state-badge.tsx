import { STATE_LABELS } from '@/lib/core/labels';
import type { RevisionState } from '@/lib/core/states';

const TONES: Readonly<Record<RevisionState, string>> = {
  DRAFT: 'border-slate-500 bg-slate-100 text-slate-900',
  SUBMITTED: 'border-amber-600 bg-amber-50 text-amber-900',
  REJECTED: 'border-red-700 bg-red-50 text-red-900',
  SCHEDULED: 'border-indigo-600 bg-indigo-50 text-indigo-900',
  PUBLISHED: 'border-green-700 bg-green-50 text-green-900',
  UNPUBLISHED: 'border-zinc-600 bg-zinc-100 text-zinc-900',
  SUPERSEDED: 'border-zinc-400 bg-white text-zinc-700',
};

/** The state of a revision as a labelled badge (text, not colour alone, carries it). */
export function StateBadge({ state }: { state: RevisionState }) {
  return (
    <span
      className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${TONES[state]}`}
    >
      <span className="sr-only">Trạng thái: </span>
      {STATE_LABELS[state]}
    </span>
  );
}
