import type { Metadata } from 'next';
import { FeedbackModeForm } from '@/components/moderation/feedback-mode-form';
import { Flash } from '@/components/staff/flash';
import { Panel } from '@/components/ui/panel';
import { ArticleActions } from '@/components/workflow/article-actions';
import { ArticleEditor } from '@/components/workflow/article-editor';
import { HistoryTable } from '@/components/workflow/history-table';
import { RevisionContent } from '@/components/workflow/revision-content';
import { RevisionDiffView } from '@/components/workflow/revision-diff';
import {
  RejectionNotice,
  RevisionHeader,
  ScheduleNotice,
} from '@/components/workflow/revision-header';
import { listEditorOptions } from '@/lib/articles/staff-queries';
import { requireActor } from '@/lib/auth/guards';
import { getFeedbackMode } from '@/lib/moderation/mode';
import { formatVnDateTime } from '@/lib/text/date';
import { editorInitial, loadArticleView } from '../../_lib/article-view';
import { readConfirmStep } from '../../_lib/confirm-step';
import { confirmationFor } from '../../_lib/confirm-summary';
import { previewBodyAction } from '../actions';
import { EDITOR_ACTIONS } from '../editor-action-props';
import {
  amendAction,
  approveAction,
  rejectAction,
  saveRevisionAction,
  submitAction,
  unpublishAction,
  unscheduleAction,
} from './actions';
import { feedbackModeAction } from './feedback-mode-actions';
import { RevisionComments } from './revision-comments';

export const metadata: Metadata = { title: 'Bài viết' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** An article for staff: its current revision, what may be done with it, and its history. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const view = await loadArticleView(actor, id);
  const { revision } = view;
  const editable = view.offered.edit;
  const [choices, feedbackMode] = await Promise.all([
    editable ? listEditorOptions(actor, revision) : null,
    getFeedbackMode(actor, id),
  ]);
  const flags = view.offered;
  const step = readConfirmStep(query);
  const showRejection =
    revision.rejectionNote && (revision.state === 'REJECTED' || revision.state === 'DRAFT');
  return (
    <>
      <RevisionHeader revision={revision} />
      <Flash code={query.da} />
      {showRejection && revision.rejectionNote ? (
        <RejectionNotice note={revision.rejectionNote} />
      ) : null}
      {revision.state === 'SCHEDULED' && revision.publishAt ? (
        <ScheduleNotice at={revision.publishAt} />
      ) : null}
      {editable && choices ? (
        <section aria-labelledby="bien-tap" className="space-y-3">
          <h2 id="bien-tap" className="text-lg font-bold">
            Biên tập
          </h2>
          <ArticleEditor
            key={`${revision.id}:${revision.version}`}
            action={saveRevisionAction}
            renderPreview={previewBodyAction}
            actions={EDITOR_ACTIONS}
            initial={editorInitial(revision)}
            choices={choices}
            hidden={{ revisionId: revision.id, version: String(revision.version) }}
            canSubmit={view.offered.submit}
            showChangeNote={revision.article.publishedAt !== null}
            fixedSlug={revision.article.publishedAt !== null ? revision.article.slug : null}
            autosave={revision.state === 'DRAFT'}
          />
        </section>
      ) : (
        <RevisionContent revision={revision} />
      )}
      <ArticleActions
        flags={flags}
        actions={{
          submit: submitAction,
          approve: approveAction,
          reject: rejectAction,
          unschedule: unscheduleAction,
          unpublish: unpublishAction,
          amend: amendAction,
        }}
        revision={revision}
        articleId={revision.articleId}
        example={formatVnDateTime(new Date(Date.now() + 3_600_000))}
        step={step}
        confirmation={confirmationFor(view, flags, step)}
      />
      {feedbackMode ? (
        <Panel id="y-kien-ban-doc" title="Ý kiến bạn đọc">
          <FeedbackModeForm
            action={feedbackModeAction}
            articleId={revision.articleId}
            mode={feedbackMode}
          />
        </Panel>
      ) : null}
      <RevisionComments actor={actor} revision={revision} />
      {view.diff ? <RevisionDiffView diff={view.diff} /> : null}
      <HistoryTable history={view.history} />
    </>
  );
}
