import type { ActionState } from '@/lib/forms/action-state';

/**
 * The outcome of the last submission, announced by screen readers as soon as
 * it appears (the live region is always in the page, even when empty).
 */
export function FormStatus({ state, id }: { state: ActionState; id?: string }) {
  const tone = state.ok
    ? 'border-green-700 bg-green-50 text-green-900'
    : 'border-red-700 bg-red-50 text-red-900';
  return (
    <div id={id} aria-live="polite" aria-atomic="true" role="status">
      {state.message ? (
        <p className={`rounded border-l-4 px-4 py-3 ${tone}`}>{state.message}</p>
      ) : null}
    </div>
  );
}
