import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/core/actor';
import { initialActionState } from '../../lib/forms/action-state';
import { saveAnswer, submitAnswer } from '../../lib/answers/transitions';
import { castEachTest } from '../helpers/integration';
import { feedbackAudit, pendingFeedback, storedFeedback } from '../helpers/pending-feedback';
import { publishedArticle } from '../helpers/workflow-fixtures';

// The Server Actions as a direct POST reaches them: whoever the session
// says is calling, the lib/ function behind each action checks them again.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

const { moderateAction, approveAnswerAction } = await import('../../app/quan-tri/y-kien/actions');

const c = castEachTest();
beforeEach(() => {
  session.actor = null;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

describe('moderation actions called directly', () => {
  it('refuse an admin and anyone not logged in; nothing is written', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const f = await pendingFeedback({ articleId: live.article.id });
    const post = form({ chon: `${f.id}:1`, decision: 'publish' });

    const anonymous = await moderateAction(initialActionState, post);
    expect(anonymous.ok).toBe(false);
    expect(anonymous.message).toMatch(/đăng nhập/);

    session.actor = c.admin;
    const admin = await moderateAction(initialActionState, post);
    expect(admin.ok).toBe(false);
    expect(admin.message).toMatch(/Vai trò của bạn không được/);

    const stored = await storedFeedback(f.id);
    expect([stored.state, stored.version]).toEqual(['PENDING', 1]);
    expect(await feedbackAudit(f.id)).toEqual([]);
  });

  it("refuse an answer's approval by the approver who submitted it", async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const f = await pendingFeedback({ articleId: live.article.id, kind: 'QUESTION' });
    const draft = await saveAnswer(c.approver, f.id, null, { body: 'Trả lời.' });
    const sent = await submitAnswer(c.approver, draft.answer.id, draft.answer.version);
    session.actor = c.approver;
    const post = form({ answerId: sent.answer.id, version: String(sent.answer.version) });
    const refused = await approveAnswerAction(initialActionState, post);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/không thể tự phê duyệt/);
    const trail = await feedbackAudit(sent.answer.id, 'feedback-answer');
    expect(trail.map((a) => a.action)).toEqual(['create', 'submit']);
  });
});
