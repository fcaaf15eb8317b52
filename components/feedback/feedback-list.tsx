import { DateText } from '@/components/ui/date-text';
import type { PublicFeedback } from '@/lib/feedback/queries';
import { FEEDBACK_LABELS } from './labels';

/**
 * Published feedback, oldest first. Text is rendered as React text (escaped;
 * line breaks kept by CSS), so a link is shown but never clickable and no
 * markup a reader typed ever becomes HTML.
 */
export function FeedbackList({ items }: { items: PublicFeedback[] }) {
  if (items.length === 0) return null;
  return (
    <ol className="mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-200 p-4">
          <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{item.name}</span>
            <DateText value={item.createdAt} withTime />
            <span>
              {item.kind === 'QUESTION' ? FEEDBACK_LABELS.question : FEEDBACK_LABELS.suggestion}
            </span>
            {item.verified ? <span>({FEEDBACK_LABELS.verified})</span> : null}
          </p>
          <p className="mt-2 break-words whitespace-pre-line text-slate-900">{item.body}</p>
          {item.answer ? (
            <div className="mt-3 border-l-4 border-brand bg-slate-50 p-3">
              <p className="font-semibold text-brand">
                {FEEDBACK_LABELS.answer}{' '}
                <span className="text-sm font-normal text-slate-700">
                  (<DateText value={item.answer.publishedAt} withTime />)
                </span>
              </p>
              <p className="mt-1 break-words whitespace-pre-line text-slate-900">
                {item.answer.body}
              </p>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
