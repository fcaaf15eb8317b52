import { beforeEach, describe, expect, it } from 'vitest';
import { getHistory } from '../../lib/articles/staff-queries';
import {
  addComment,
  COMMENT_MAX_CHARS,
  COMMENT_RATE_LIMIT,
  listComments,
} from '../../lib/workflow/comments';
import { ForbiddenError, NotFoundError } from '../../lib/core/errors';
import { resetDatabase } from '../helpers/integration';
import {
  auditOf,
  type Cast,
  cast,
  fieldErrorsOf,
  submittedRevision,
} from '../helpers/workflow-fixtures';

let c: Cast;
beforeEach(async () => {
  await resetDatabase();
  c = await cast();
});

describe('editorial comments on a revision', () => {
  it('the approver and the author talk in one thread, kept in the article history', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await addComment(c.approver, s.revision.id, { body: '  Đoạn hai cần dẫn nguồn số liệu.  ' });
    await addComment(c.editor, s.revision.id, { body: 'Đã bổ sung nguồn:\nTổng cục Thống kê.' });
    const thread = await listComments(c.approver2, s.revision.id);
    expect(thread.map((t) => [t.authorName, t.body])).toEqual([
      [c.approver.name, 'Đoạn hai cần dẫn nguồn số liệu.'],
      [c.editor.name, 'Đã bổ sung nguồn:\nTổng cục Thống kê.'],
    ]);
    const audit = (await auditOf(s.revision.id)).filter((a) => a.action === 'comment');
    expect(audit.map((a) => [a.actorId, a.note])).toEqual([
      [c.approver.id, 'Đoạn hai cần dẫn nguồn số liệu.'],
      [c.editor.id, 'Đã bổ sung nguồn:\nTổng cục Thống kê.'],
    ]);
    const history = await getHistory(c.editor, s.article.id);
    const labelled = history.entries.filter((e) => e.actionLabel === 'Góp ý');
    expect(labelled.map((e) => e.note)).toContain('Đã bổ sung nguồn:\nTổng cục Thống kê.');
    // A comment changes no state: its row says nothing there, not "— → —".
    expect(labelled.map((e) => e.stateChange)).toEqual(['', '']);
    const submit = history.entries.find((e) => e.action === 'submit');
    expect(submit?.stateChange).toBe('Bản nháp → Chờ duyệt');
  });

  it('markup is kept as the text typed, never interpreted', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const body = '<script>alert(1)</script> **không đậm**';
    await addComment(c.approver, s.revision.id, { body });
    expect((await listComments(c.editor, s.revision.id))[0]?.body).toBe(body);
  });

  it('another editor and the admin are refused; a forged id is not found', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await expect(addComment(c.editor2, s.revision.id, { body: 'Xin chào' })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(addComment(c.admin, s.revision.id, { body: 'Xin chào' })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(addComment(c.approver, 'khong-co', { body: 'Xin chào' })).rejects.toThrow(
      NotFoundError,
    );
    expect(await listComments(c.editor, s.revision.id)).toEqual([]);
  });

  it('empty and over-long comments are refused with a message on the field', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    expect(
      (await fieldErrorsOf(addComment(c.approver, s.revision.id, { body: '   ' }))).body,
    ).toEqual(['Hãy nhập nội dung góp ý.']);
    const long = 'ă'.repeat(COMMENT_MAX_CHARS + 1);
    expect(
      (await fieldErrorsOf(addComment(c.approver, s.revision.id, { body: long }))).body,
    ).toEqual(['Góp ý dài tối đa 2.000 ký tự.']);
    await addComment(c.approver, s.revision.id, { body: 'ă'.repeat(COMMENT_MAX_CHARS) });
  });

  it('a burst beyond the limit is refused until the window has passed', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const start = new Date();
    for (let i = 0; i < COMMENT_RATE_LIMIT; i += 1) {
      await addComment(c.approver, s.revision.id, { body: `Góp ý ${i}` }, start);
    }
    const refused = await fieldErrorsOf(
      addComment(c.approver, s.revision.id, { body: 'Thêm một góp ý' }, start),
    );
    expect(refused.body?.[0]).toMatch(/nhiều góp ý liên tiếp/);
    // The author is not held back by the approver's burst.
    await addComment(c.editor, s.revision.id, { body: 'Tôi vẫn gửi được' }, start);
    const later = new Date(start.getTime() + 11 * 60_000);
    await addComment(c.approver, s.revision.id, { body: 'Sau mười phút' }, later);
    expect(await listComments(c.editor, s.revision.id)).toHaveLength(COMMENT_RATE_LIMIT + 2);
  });
});
