import { Panel } from '@/components/ui/panel';
import { StateBadge } from '@/components/workflow/state-badge';
import type { ActionState } from '@/lib/forms/action-state';
import type { AnswerView } from '@/lib/moderation/item';
import { AnswerEditor, AnswerStepForm } from './answer-forms';
import { CitizenText } from './citizen-text';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type AnswerActions = {
  save: FormAction;
  approve: FormAction;
  reject: FormAction;
  unpublish: FormAction;
};

type Props = {
  feedbackId: string;
  answer: AnswerView | null;
  /** Whether this person may start an answer to this question. */
  canAnswer: boolean;
  questionPublished: boolean;
  actions: AnswerActions;
};

/**
 * "Trả lời của Bộ": written and edited by an editor, submitted, then
 * approved by an approver who did not write, edit or submit it (the
 * articles' workflow). Only the buttons the policy allows are shown.
 */
export function AnswerPanel({ feedbackId, answer, canAnswer, questionPublished, actions }: Props) {
  const ref = answer ? { answerId: answer.id, version: String(answer.version) } : null;
  const editable = answer ? answer.offers.edit : canAnswer;
  return (
    <Panel id="tra-loi" title="Trả lời của Bộ">
      {answer ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StateBadge state={answer.state} /> Người soạn: {answer.authorName}
        </p>
      ) : (
        <p>Câu hỏi này chưa có trả lời.</p>
      )}
      {answer?.rejectionNote && (answer.state === 'REJECTED' || answer.state === 'DRAFT') ? (
        <div className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">Lý do bị từ chối:</p>
          <CitizenText text={answer.rejectionNote} />
        </div>
      ) : null}
      {answer?.state === 'PUBLISHED' && !questionPublished ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
          Trả lời đã được duyệt; người đọc sẽ thấy khi câu hỏi được đăng.
        </p>
      ) : null}
      {editable ? (
        <AnswerEditor
          key={answer ? `${answer.id}:${answer.version}` : 'moi'}
          action={actions.save}
          hidden={{ feedbackId, version: answer ? String(answer.version) : '' }}
          body={answer?.body ?? ''}
          canSubmit={answer ? answer.offers.submit : true}
        />
      ) : answer ? (
        <CitizenText text={answer.body} />
      ) : null}
      {ref && answer?.offers.approve ? (
        <AnswerStepForm action={actions.approve} hidden={ref} button="Phê duyệt" />
      ) : null}
      {ref && answer?.offers.reject ? (
        <AnswerStepForm
          action={actions.reject}
          hidden={ref}
          button="Từ chối"
          reasonId="answer-reject-reason"
          variant="danger"
        />
      ) : null}
      {ref && answer?.offers.unpublish ? (
        <AnswerStepForm
          action={actions.unpublish}
          hidden={ref}
          button="Gỡ trả lời"
          reasonId="answer-unpublish-reason"
          variant="danger"
        />
      ) : null}
    </Panel>
  );
}
