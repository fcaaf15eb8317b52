import type { ArticleFeedback } from '@/lib/feedback/queries';
import { FeedbackForm } from './feedback-form';
import { FeedbackList } from './feedback-list';
import { countLine, FEEDBACK_LABELS } from './labels';

/**
 * "Ý kiến bạn đọc" under a published article: the published feedback with
 * the ministry's published answers, the counts, and the form while the
 * article's feedback is open. Nothing at all when it is hidden.
 */
export function FeedbackSection({
  slug,
  feedback,
  retentionDays,
}: {
  slug: string;
  feedback: ArticleFeedback;
  retentionDays: number;
}) {
  if (feedback.mode === 'HIDDEN') return null;
  return (
    <section
      id="y-kien"
      aria-labelledby="y-kien-ban-doc"
      className="print-hidden mt-12 border-t-4 border-brand pt-6"
    >
      <h2 id="y-kien-ban-doc" className="text-2xl font-bold text-brand">
        {FEEDBACK_LABELS.section}
      </h2>
      <p className="mt-2 text-slate-700">{countLine(feedback.total, feedback.verified)}</p>
      {feedback.total > feedback.items.length ? (
        <p className="text-sm text-slate-700">Hiển thị {feedback.items.length} ý kiến đầu tiên.</p>
      ) : null}
      <FeedbackList items={feedback.items} />
      {feedback.mode === 'OPEN' ? (
        <FeedbackForm slug={slug} retentionDays={retentionDays} />
      ) : (
        <p className="mt-6 text-slate-700">Bài viết này đã ngừng nhận ý kiến.</p>
      )}
    </section>
  );
}
