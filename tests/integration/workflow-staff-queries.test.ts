import { describe, expect, it } from 'vitest';
import {
  getHistory,
  getRevisionDiff,
  getRevisionForStaff,
  listDashboard,
  listEditorOptions,
} from '../../lib/articles/staff-queries';
import { listAudit } from '../../lib/audit/queries';
import { auditQuerySchema, toAuditFilters } from '../../lib/audit/schema';
import { amendArticle } from '../../lib/workflow/amend';
import { createArticle, saveRevision } from '../../lib/workflow/editing';
import { ForbiddenError, NotFoundError } from '../../lib/core/errors';
import { approveRevision, rejectRevision, submitRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import { createCategory, createDraftArticle, createPublishedArticle } from '../helpers/fixtures';
import { createMedia, tempMediaDir } from '../helpers/media';
import { createPlan } from '../helpers/plans';
import { articleInput, publishedArticle, submittedRevision } from '../helpers/workflow-fixtures';

const c = castEachTest();
tempMediaDir('workflow-staff-queries');

const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();

describe('getRevisionForStaff', () => {
  it('offers each person exactly the buttons the server would accept', async () => {
    const s = await submittedRevision(c.approver, c.categoryId, { title: 'Bài của người duyệt' });
    const own = await getRevisionForStaff(c.approver, s.revision.id);
    expect(own.allowed).toMatchObject({ approve: false, reject: false, view: true });
    const other = await getRevisionForStaff(c.approver2, s.revision.id);
    expect(other.allowed).toMatchObject({
      approve: true,
      schedule: true,
      reject: true,
      edit: false,
    });
    const editor = await getRevisionForStaff(c.editor, s.revision.id);
    expect(editor.allowed.approve).toBe(false);
    expect(other).toMatchObject({
      title: 'Bài của người duyệt',
      state: 'SUBMITTED',
      stateLabel: 'Chờ duyệt',
      version: s.revision.version,
      author: { id: c.approver.id, name: c.approver.name },
      submitter: { id: c.approver.id },
    });
    expect(JSON.stringify(other)).not.toMatch(/passwordHash|fixture-no-login/);
  });

  it('answers NotFoundError for a forged id', async () => {
    await expect(getRevisionForStaff(c.editor, 'khong-ton-tai')).rejects.toThrow(NotFoundError);
  });
});

describe('listDashboard', () => {
  it('shows my drafts, what waits for my approval, my rejections, schedules and recent news', async () => {
    await createArticle(c.editor, articleInput(c.categoryId, { title: 'Nháp của tôi' }));
    await createArticle(c.editor2, articleInput(c.categoryId, { title: 'Nháp người khác' }));
    await submittedRevision(c.editor, c.categoryId, { title: 'Chờ duyệt A' });
    await submittedRevision(c.approver, c.categoryId, { title: 'Người duyệt tự viết' });
    const r = await submittedRevision(c.editor, c.categoryId, { title: 'Bị trả lại' });
    await rejectRevision(c.approver2, r.revision.id, r.revision.version, { reason: 'Thiếu ảnh' });
    const sch = await submittedRevision(c.editor2, c.categoryId, { title: 'Hẹn giờ' });
    await approveRevision(c.approver2, sch.revision.id, sch.revision.version, {
      publishAt: new Date(Date.now() + 3_600_000),
    });
    await publishedArticle(c.editor2, c.approver2, c.categoryId, { title: 'Đã đăng' });

    const mine = await listDashboard(c.editor);
    expect(titles(mine.myDrafts)).toEqual(['Nháp của tôi']);
    expect(mine.awaitingMyApproval).toEqual([]);
    expect(mine.rejected.map((x) => [x.title, x.rejectionNote])).toEqual([
      ['Bị trả lại', 'Thiếu ảnh'],
    ]);
    expect(titles(mine.scheduled)).toEqual(['Hẹn giờ']);
    expect(titles(mine.recentlyPublished)).toEqual(['Đã đăng']);

    const approver = await listDashboard(c.approver);
    expect(titles(approver.awaitingMyApproval)).toEqual(['Chờ duyệt A']);
    const admin = await listDashboard(c.admin);
    expect(admin.myDrafts).toEqual([]);
    expect(admin.awaitingMyApproval).toEqual([]);
  });
});

describe('getHistory and getRevisionDiff', () => {
  it('shows each step with who, what and why, and the changes against the live text', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, {
      title: 'Kế hoạch năm 2023',
      body: 'Đẩy mạnh truyền thông chính sách.',
    });
    const d = await amendArticle(c.editor, live.article.id);
    const saved = await saveRevision(
      c.editor,
      d.revision.id,
      d.revision.version,
      articleInput(c.categoryId, {
        title: 'Kế hoạch năm 2023',
        body: 'Đẩy mạnh truyền thông chính sách trên nền tảng số.',
      }),
    );
    const s = await submitRevision(c.editor, saved.revision.id, saved.revision.version);
    await rejectRevision(c.approver2, s.revision.id, s.revision.version, { reason: 'Cần số liệu' });

    const diff = await getRevisionDiff(c.approver2, s.revision.id);
    expect(diff.hasLive).toBe(true);
    expect(diff.title.changed).toBe(false);
    expect(diff.body.segments.filter((x) => x.type === 'added').map((x) => x.text.trim())).toEqual([
      'trên nền tảng số',
    ]);

    const history = await getHistory(c.editor, live.article.id);
    expect(history.revisions.map((r) => [r.number, r.state])).toEqual([
      [2, 'REJECTED'],
      [1, 'PUBLISHED'],
    ]);
    const latest = history.entries[0];
    expect(latest).toMatchObject({
      action: 'reject',
      actionLabel: 'Từ chối',
      actorName: c.approver2.name,
      note: 'Cần số liệu',
      revisionNumber: 2,
      ip: null, // addresses are for admins only
    });
    expect((await getHistory(c.admin, live.article.id)).entries[0]?.ip).toBe('203.0.113.7');
  });
});

describe('listAudit', () => {
  it('is for admins only, newest first, paginated', async () => {
    for (let i = 0; i < 3; i++) await createArticle(c.editor, articleInput(c.categoryId));
    await expect(listAudit(c.approver)).rejects.toThrow(ForbiddenError);
    // The editor's rows only: creating the cast's accounts is logged too.
    const { filters } = toAuditFilters(auditQuerySchema.parse({ 'nguoi-thuc-hien': c.editor.id }));
    const first = await listAudit(c.admin, { page: 1, pageSize: 2, filters });
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first.rows[0]).toMatchObject({ action: 'create', actorEmail: c.editor.email });
    const last = await listAudit(c.admin, { page: 99, pageSize: 2, filters });
    expect(last.page).toBe(2);
    expect(last.rows).toHaveLength(1);
    expect(Number(first.rows[0]?.id)).toBeGreaterThan(Number(last.rows[0]?.id));
  });
});

describe('getRevisionForStaff: cover and links', () => {
  it("carries the revision's cover (its own caption first) and its links", async () => {
    const media = await createMedia({ alt: 'Hội nghị' });
    const target = await createPublishedArticle({ category: { id: c.categoryId } });
    const created = await createArticle(
      c.editor,
      articleInput(c.categoryId, {
        coverMediaId: media.id,
        coverCaption: 'Chú thích riêng',
        readMoreIds: [target.article.id],
      }),
    );
    const r = await getRevisionForStaff(c.editor, created.revision.id);
    expect(r.cover).toEqual({
      mediaId: media.id,
      src: `/media/${media.path}`,
      alt: 'Hội nghị',
      caption: 'Chú thích riêng',
    });
    expect(r.readMoreIds).toEqual([target.article.id]);
    expect(r.planItemIds).toEqual([]);
  });
});

describe('listEditorOptions', () => {
  it('offers active categories, published articles (not the one edited) and the plan solutions', async () => {
    await createCategory({ name: 'Ngừng dùng', active: false });
    const shown = await createPublishedArticle({
      category: { id: c.categoryId },
      title: 'Đã đăng',
    });
    const self = await createPublishedArticle({ category: { id: c.categoryId }, title: 'Bài này' });
    await createDraftArticle({ category: { id: c.categoryId }, title: 'Còn nháp' });
    await createPlan(2022, [{ kind: 'SOLUTION', title: 'Giải pháp cũ' }]);
    const plan = await createPlan(2023, [
      { kind: 'PURPOSE', title: 'Mục đích' },
      { kind: 'SOLUTION', title: 'Giải pháp mới' },
    ]);

    const options = await listEditorOptions(c.editor, {
      articleId: self.article.id,
      readMoreIds: [],
    });
    expect(options.categories.map((o) => o.label)).not.toContain('Ngừng dùng');
    expect(options.categories.map((o) => o.value)).toContain(c.categoryId);
    expect(options.readMore).toEqual([{ value: shown.article.id, label: 'Đã đăng' }]);
    expect(options.planItems.map((o) => o.label)).toEqual([
      '2023 · Giải pháp 1: Giải pháp mới',
      '2022 · Giải pháp 1: Giải pháp cũ',
    ]);
    expect(options.planTitle).toBe(plan.title);
    await expect(listEditorOptions(c.admin)).rejects.toThrow(ForbiddenError);
  });

  it('keeps offering a link the revision already has, even to an article taken down', async () => {
    const gone = await createDraftArticle({
      category: { id: c.categoryId },
      title: 'Đã gỡ',
      state: 'UNPUBLISHED',
    });
    const options = await listEditorOptions(c.editor, {
      articleId: 'bai-khac',
      readMoreIds: [gone.article.id],
    });
    expect(options.readMore).toEqual([
      { value: gone.article.id, label: 'Đã gỡ (hiện không xuất bản)' },
    ]);
  });
});
