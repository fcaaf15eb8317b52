import { DateText } from '@/components/ui/date-text';
import type { StanceCounts, UnitComments } from '@/lib/comments/queries';
import type { CommentAnswer } from '@/lib/dispositions/public';
import { COMMENTER_TYPE_LABELS, STANCE_LABELS, STANCES } from '@/lib/comments/labels';
import { COMMENT_LABELS, madeOnText } from './labels';

/** Counts by stance, verified and unverified apart, as a small table. */
export function StanceCountTable({ counts, caption }: { counts: StanceCounts; caption: string }) {
  return (
    <table className="mt-2 w-full max-w-md border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-2">
            Quan điểm
          </th>
          <th scope="col" className="py-1 pr-2">
            Đã xác thực email
          </th>
          <th scope="col" className="py-1">
            Chưa xác thực
          </th>
        </tr>
      </thead>
      <tbody>
        {STANCES.map((s) => (
          <tr key={s} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {STANCE_LABELS[s]}
            </th>
            <td className="py-1 pr-2">{counts[s].verified}</td>
            <td className="py-1">{counts[s].unverified}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The published comments on one unit (or the whole draft): counts by
 * stance, then each comment as plain text (React escapes it; line breaks by
 * CSS), with the version it was made on and, for copies of one text, the
 * group's size, and once the register is published, the ministry's answer.
 * Nothing at all when the unit has none.
 */
export function UnitCommentsBlock({
  comments,
  citation,
  currentVersion,
  answers = {},
}: {
  comments: UnitComments | undefined;
  citation: string;
  currentVersion: number;
  answers?: Record<string, CommentAnswer>;
}) {
  if (!comments || comments.total === 0) return null;
  return (
    <details className="mt-2 rounded border border-slate-300 bg-slate-50 p-2 text-base">
      <summary className="cursor-pointer font-semibold text-blue-900">
        {comments.total} góp ý về {citation}
      </summary>
      <StanceCountTable counts={comments.counts} caption={`Số góp ý về ${citation}`} />
      <ol className="mt-3 space-y-3">
        {comments.items.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{c.name}</span>
              <span>{COMMENTER_TYPE_LABELS[c.commenterType]}</span>
              <span>{STANCE_LABELS[c.stance]}</span>
              <DateText value={c.createdAt} withTime />
              {c.verified ? <span>({COMMENT_LABELS.verified})</span> : null}
              <span>
                {madeOnText(c.versionNumber)}
                {c.versionNumber !== currentVersion && c.madeOnAnchor
                  ? ` (#${c.madeOnAnchor})`
                  : ''}
              </span>
            </p>
            {c.groupSize > 1 ? (
              <p className="mt-1 text-sm font-semibold text-slate-800">
                {c.groupSize} góp ý có nội dung giống hoặc gần giống nhau
              </p>
            ) : null}
            <p className="mt-2 break-words whitespace-pre-line text-slate-900">{c.body}</p>
            <AnswerLine answer={answers[c.id]} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** "Trả lời của Bộ": the outcome and a link to the row of the published register. */
function AnswerLine({ answer }: { answer: CommentAnswer | undefined }) {
  if (!answer) return null;
  return (
    <p className="mt-2 border-l-4 border-brand pl-2 text-sm text-slate-900">
      <span className="font-semibold">Trả lời của Bộ: {answer.outcome}.</span>{' '}
      <a href={answer.href} className="text-blue-800 underline">
        Xem mục {answer.number} trong bảng tiếp thu, giải trình
      </a>
    </p>
  );
}
