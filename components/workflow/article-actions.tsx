import type { ReactNode } from 'react';
import type { RevisionAction } from '@/lib/core/states';
import { ConfirmPanel } from './confirm-panel';
import type { Confirmation, ConfirmStep } from './confirm-types';
import type { FormAction } from './editor-types';
import { ApproveForm, ButtonForm, ReasonForm } from './transition-forms';

/**
 * Which actions to offer, one flag per action of the workflow table:
 * offeredActions() (lib/workflow/article-screen.ts) computes them on the
 * server from the table and can(), exactly what the server would allow.
 */
export type ActionFlags = Readonly<Record<RevisionAction, boolean>>;

/** The actions with a panel here ("edit" is the editor; "schedule" is approving with a time). */
type PanelAction = 'submit' | 'approve' | 'reject' | 'unschedule' | 'unpublish' | 'amend';

/** The panels to show. The editor carries its own "Gửi duyệt", so no second one beside it. */
function panelsShown(flags: ActionFlags): Record<PanelAction, boolean> {
  const { submit, approve, reject, unschedule, unpublish, amend } = flags;
  return { submit: submit && !flags.edit, approve, reject, unschedule, unpublish, amend };
}

type Props = {
  flags: ActionFlags;
  actions: Record<PanelAction, FormAction>;
  revision: { id: string; version: number };
  articleId: string;
  /** A sample "dd/mm/yyyy HH:mm" for the scheduling hint. */
  example: string;
  /** The first step of Phê duyệt / Từ chối / Gỡ bài as sent (typed values, errors). */
  step: ConfirmStep;
  /** Its second step, when one was asked for: shown instead of the forms. */
  confirmation: Confirmation | null;
};

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-2 rounded border border-slate-300 bg-white p-4"
    >
      <h3 id={id} className="font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function ActionsSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="thao-tac" className="space-y-3">
      <h2 id="thao-tac" className="text-lg font-bold">
        Thao tác
      </h2>
      {children}
    </section>
  );
}

/** The workflow buttons this person may use on this article, and only those. */
export function ArticleActions(props: Props) {
  const { flags, actions, revision, articleId, example, step, confirmation: c } = props;
  const ref = { revisionId: revision.id, version: String(revision.version) };
  const article = { articleId };
  const mine = (kind: ConfirmStep['form']) => (step.form === kind ? step : null);
  const show = panelsShown(flags);
  if (!Object.values(show).some(Boolean)) return null;
  if (c) {
    return (
      <ActionsSection>
        <ConfirmPanel {...c} action={actions[c.action]} />
      </ActionsSection>
    );
  }
  return (
    <ActionsSection>
      <div className="grid gap-3 md:grid-cols-2">
        {show.approve ? (
          <Panel id="tt-phe-duyet" title="Phê duyệt">
            <ApproveForm
              version={revision.version}
              step={mine('phe-duyet')}
              idPrefix="approve"
              example={example}
            />
          </Panel>
        ) : null}
        {show.reject ? (
          <Panel id="tt-tu-choi" title="Từ chối">
            <ReasonForm
              kind="tu-choi"
              version={revision.version}
              step={mine('tu-choi')}
              idPrefix="reject"
              button="Xem lại và từ chối"
              hint="Người viết sẽ thấy lý do này để sửa bài."
            />
          </Panel>
        ) : null}
        {show.submit ? (
          <Panel id="tt-gui-duyet" title="Gửi duyệt">
            <ButtonForm action={actions.submit} hidden={ref} idPrefix="submit" button="Gửi duyệt" />
          </Panel>
        ) : null}
        {show.unschedule ? (
          <Panel id="tt-huy-hen-gio" title="Hủy hẹn giờ">
            <ButtonForm
              action={actions.unschedule}
              hidden={ref}
              idPrefix="unschedule"
              button="Hủy hẹn giờ"
              variant="secondary"
            />
          </Panel>
        ) : null}
        {show.amend ? (
          <Panel id="tt-sua-bai" title="Sửa bài đang xuất bản">
            <p className="text-sm text-slate-700">
              Tạo bản sửa mới; người đọc vẫn thấy bản hiện tại cho đến khi bản sửa được phê duyệt.
            </p>
            <ButtonForm
              action={actions.amend}
              hidden={article}
              idPrefix="amend"
              button="Sửa bài"
              variant="secondary"
            />
          </Panel>
        ) : null}
        {show.unpublish ? (
          <Panel id="tt-go-bai" title="Gỡ bài">
            <ReasonForm
              kind="go-bai"
              version={revision.version}
              step={mine('go-bai')}
              idPrefix="unpublish"
              button="Xem lại và gỡ bài"
              hint="Bài sẽ biến mất khỏi mọi trang công khai. Lý do được ghi vào lịch sử."
            />
          </Panel>
        ) : null}
      </div>
    </ActionsSection>
  );
}
