import { StaffTime } from '@/components/ui/staff-time';
import { CommentForm } from '@/components/workflow/comment-form';
import type { StaffRevision } from '@/lib/articles/staff-queries';
import type { Actor } from '@/lib/core/actor';
import { COMMENT_MAX_CHARS, canComment, listComments } from '@/lib/workflow/comments';
import { addCommentAction } from './comment-actions';

/**
 * "Góp ý biên tập": the thread on the revision shown, oldest first, and the
 * box to add to it for those who may. Text is rendered as text (React
 * escapes it); line breaks are kept.
 */
export async function RevisionComments({
  actor,
  revision,
}: {
  actor: Actor;
  revision: StaffRevision;
}) {
  const comments = await listComments(actor, revision.id);
  const mayComment = canComment(actor, {
    state: revision.state,
    authorId: revision.author.id,
    contributorIds: revision.contributorIds,
    submitterId: revision.submitter?.id ?? null,
  });
  if (comments.length === 0 && !mayComment) return null;
  return (
    <section
      aria-labelledby="gop-y"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="gop-y" className="text-lg font-bold">
        Góp ý biên tập (phiên bản {revision.number})
      </h2>
      {comments.length === 0 ? (
        <p className="text-slate-700">Chưa có góp ý nào cho phiên bản này.</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded border-l-4 border-slate-400 bg-slate-50 px-3 py-2">
              <p className="text-sm text-slate-700">
                <span className="font-semibold text-slate-900">{c.authorName}</span>,{' '}
                <StaffTime value={c.at} />
              </p>
              <p className="break-words whitespace-pre-line">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment ? (
        <CommentForm
          action={addCommentAction}
          revisionId={revision.id}
          articleId={revision.articleId}
          maxLength={COMMENT_MAX_CHARS}
        />
      ) : null}
    </section>
  );
}
