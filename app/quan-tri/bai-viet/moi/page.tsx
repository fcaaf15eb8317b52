import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { ArticleEditor } from '@/components/workflow/article-editor';
import { listEditorOptions } from '@/lib/articles/staff-queries';
import { requireActor } from '@/lib/auth/guards';
import { can } from '@/lib/core/policy';
import { previewBodyAction } from '../actions';
import { EDITOR_ACTIONS } from '../editor-action-props';
import { createArticleAction } from './actions';

export const metadata: Metadata = { title: 'Viết bài mới' };

const EMPTY = {
  title: '',
  lead: '',
  body: '',
  source: '',
  categoryId: '',
  changeNote: '',
  readMoreIds: [],
  planItemIds: [],
  cover: null,
};

/** The new-article form (editors and approvers). */
export default async function NewArticlePage() {
  const actor = await requireActor();
  if (!can(actor, 'createArticle')) return <AccessDenied what="viết bài" />;
  const choices = await listEditorOptions(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Viết bài mới</h1>
      <p className="text-slate-700">
        Bài mới được lưu thành bản nháp. Chỉ khi người phê duyệt đồng ý, bài mới hiện trên cổng
        thông tin.
      </p>
      <ArticleEditor
        action={createArticleAction}
        renderPreview={previewBodyAction}
        actions={EDITOR_ACTIONS}
        initial={EMPTY}
        choices={choices}
        canSubmit={can(actor, 'createArticle')}
        showChangeNote={false}
        headingLevel={2}
        localBackupFor={actor.id}
      />
    </>
  );
}
