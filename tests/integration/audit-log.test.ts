import { beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, auditCsv, csvCell } from '../../lib/audit/csv';
import { exportAuditCsv } from '../../lib/audit/export';
import { listAudit, listAuditActors } from '../../lib/audit/queries';
import { recordAudit } from '../../lib/audit/record';
import { auditQuerySchema, toAuditFilters } from '../../lib/audit/schema';
import { db } from '../../lib/db/client';
import { createArticle } from '../../lib/workflow/editing';
import { ForbiddenError } from '../../lib/core/errors';
import { auditActionLabel } from '../../lib/core/labels';
import { submitRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import { articleInput } from '../helpers/workflow-fixtures';

const c = castEachTest();
// Creating the cast's accounts and category is logged too: the rows of each
// test are the newest ones, above these.
let setupRows = 0;
beforeEach(async () => {
  setupRows = await db().auditEvent.count();
});

async function submitted(title: string) {
  const created = await createArticle(c.editor, articleInput(c.categoryId, { title }));
  return submitRevision(c.editor, created.revision.id, created.revision.version);
}

describe('the audit log', () => {
  it('names each object and labels every action and state in Vietnamese', async () => {
    const done = await submitted('Hội nghị Đầu tư 2024');
    await recordAudit(db(), {
      actorId: c.editor.id,
      actorEmail: c.editor.email,
      entityType: 'session',
      entityId: c.editor.id,
      action: 'login',
    });
    await recordAudit(db(), {
      actorEmail: 'ai-do@example.com',
      entityType: 'session',
      action: 'login_failed',
    });
    const { rows } = await listAudit(c.admin);
    const shown = rows
      .slice(0, rows.length - setupRows)
      .map((r) => [r.object.kind, r.object.label, r.actionLabel, r.stateChange]);
    expect(shown).toEqual([
      ['Tài khoản', 'ai-do@example.com', 'Đăng nhập không thành công', ''],
      ['Tài khoản', c.editor.email, 'Đăng nhập', ''],
      ['Bài viết', 'Hội nghị Đầu tư 2024', 'Gửi duyệt', 'Bản nháp → Chờ duyệt'],
      ['Bài viết', 'Hội nghị Đầu tư 2024', 'Tạo bài viết', '— → Bản nháp'],
    ]);
    expect(rows[2]?.object.href).toBe(`/quan-tri/bai-viet/${done.revision.articleId}`);
  });

  it('has a label for every auth action, not the raw code', () => {
    for (const action of ['login', 'login_failed', 'logout', 'logout_everywhere']) {
      expect(auditActionLabel(action, 'session')).not.toBe(action);
    }
    expect(auditActionLabel('end_sessions', 'user')).not.toBe('end_sessions');
    expect(auditActionLabel('create', 'user')).toBe('Tạo tài khoản');
    expect(auditActionLabel('create')).toBe('Tạo bài viết');
  });

  it('filters by actor, action, article title (diacritics optional) and date', async () => {
    await submitted('Hội nghị Đầu tư 2024');
    await submitted('Tin khác');
    const other = await createArticle(
      c.editor2,
      articleInput(c.categoryId, { title: 'Bài thứ ba' }),
    );
    const list = async (q: Record<string, string>) => {
      const { filters } = toAuditFilters(auditQuerySchema.parse(q));
      return (await listAudit(c.admin, { filters })).rows;
    };
    expect(await list({ 'nguoi-thuc-hien': c.editor2.id })).toHaveLength(1);
    const submits = await list({ 'thao-tac': 'revision.submit' });
    expect(submits.map((r) => r.object.label).sort()).toEqual(['Hội nghị Đầu tư 2024', 'Tin khác']);
    const byTitle = await list({ 'bai-viet': 'hoi nghi dau tu' });
    expect(byTitle.map((r) => r.actionLabel)).toEqual(['Gửi duyệt', 'Tạo bài viết']);
    expect(await list({ tu: '01/01/2000', den: '31/12/2000' })).toEqual([]);
    expect((await list({ 'bai-viet': 'Bài thứ ba' }))[0]?.entityId).toBe(other.revision.id);
    // An unknown action code is ignored, not passed to the database.
    expect(await list({ 'thao-tac': 'drop table' })).toHaveLength(5 + setupRows);
  });

  it('is for admins only, and so are its actors and its export', async () => {
    await expect(listAudit(c.approver)).rejects.toThrow(ForbiddenError);
    await expect(listAuditActors(c.editor)).rejects.toThrow(ForbiddenError);
    await expect(exportAuditCsv(c.approver, {})).rejects.toThrow(ForbiddenError);
  });

  it('exports CSV with a BOM, escaped cells and formulas neutralised', async () => {
    await submitted('Tiêu đề có "ngoặc", dấu phẩy');
    await submitted('=HYPERLINK("http://x")');
    const csv = await exportAuditCsv(c.admin, {});
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 4 + setupRows + 1);
    expect(csv).toContain('"Tiêu đề có ""ngoặc"", dấu phẩy"');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('escapes single cells the way spreadsheets need', () => {
    expect(csvCell('Bình thường')).toBe('Bình thường');
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(auditCsv([]).endsWith('\r\n')).toBe(true);
  });
});
