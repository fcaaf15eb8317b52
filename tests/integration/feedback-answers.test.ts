import { describe, expect, it } from 'vitest';
import { listPublicAnswers } from '../../lib/answers/public';
import {
  approveAnswer,
  rejectAnswer,
  saveAnswer,
  submitAnswer,
  unpublishAnswer,
} from '../../lib/answers/transitions';
import { cacheTags } from '../../lib/cache/tags';
import { db } from '../../lib/db/client';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { feedbackAudit, pendingFeedback } from '../helpers/pending-feedback';
import { castEachTest } from '../helpers/integration';
import { publishedArticle } from '../helpers/workflow-fixtures';

const c = castEachTest({ warm: true });

async function question(kind: 'QUESTION' | 'SUGGESTION' = 'QUESTION') {
  const live = await publishedArticle(c.editor, c.approver, c.categoryId);
  const f = await pendingFeedback({ articleId: live.article.id, kind });
  return { f, slug: live.article.slug };
}

const answerBody = { body: 'Bộ đã tiếp nhận và sẽ hướng dẫn trong quý tới.' };

async function submitted(feedbackId: string) {
  const draft = await saveAnswer(c.editor, feedbackId, null, answerBody);
  return submitAnswer(c.editor, draft.answer.id, draft.answer.version);
}

describe('drafting and submitting an answer', () => {
  it('an editor drafts, edits and submits; each step audited with the workflow states', async () => {
    const { f } = await question();
    const draft = await saveAnswer(c.editor, f.id, null, answerBody);
    expect(draft.answer.state).toBe('DRAFT');
    const edited = await saveAnswer(c.editor2, f.id, draft.answer.version, { body: 'Bản sửa.' });
    const sent = await submitAnswer(c.editor2, edited.answer.id, edited.answer.version);
    expect(sent.answer.state).toBe('SUBMITTED');
    const stored = await db().feedbackAnswer.findUniqueOrThrow({ where: { id: sent.answer.id } });
    expect(stored.body).toBe('Bản sửa.');
    expect(stored.contributorIds).toEqual([c.editor.id, c.editor2.id]);
    expect(stored.submitterId).toBe(c.editor2.id);
    const trail = await feedbackAudit(sent.answer.id, 'feedback-answer');
    expect(trail.map((a) => [a.action, a.fromState, a.toState])).toEqual([
      ['create', null, 'DRAFT'],
      ['edit', 'DRAFT', 'DRAFT'],
      ['submit', 'DRAFT', 'SUBMITTED'],
    ]);
  });

  it('only a question is answered; an admin writes nothing', async () => {
    const { f } = await question('SUGGESTION');
    await expect(saveAnswer(c.editor, f.id, null, answerBody)).rejects.toThrow(ForbiddenError);
    const q = await question();
    await expect(saveAnswer(c.admin, q.f.id, null, answerBody)).rejects.toThrow(ForbiddenError);
    expect(await db().feedbackAnswer.count()).toBe(0);
  });

  it('a stale save is refused and the newer text kept; two first drafts at once: one wins', async () => {
    const { f } = await question();
    const results = await Promise.allSettled([
      saveAnswer(c.editor, f.id, null, { body: 'Một' }),
      saveAnswer(c.editor2, f.id, null, { body: 'Hai' }),
    ]);
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const kept = await db().feedbackAnswer.findUniqueOrThrow({ where: { feedbackId: f.id } });
    await saveAnswer(c.editor, f.id, kept.version, { body: 'Mới hơn' });
    await expect(saveAnswer(c.editor2, f.id, kept.version, { body: 'Cũ' })).rejects.toThrow(
      ConflictError,
    );
    const now = await db().feedbackAnswer.findUniqueOrThrow({ where: { feedbackId: f.id } });
    expect(now.body).toBe('Mới hơn');
  });
});

describe('four eyes on answers', () => {
  it('whoever wrote, edited or submitted it cannot approve it; another approver can', async () => {
    const { f } = await question();
    const draft = await saveAnswer(c.approver, f.id, null, answerBody);
    const edited = await saveAnswer(c.editor, f.id, draft.answer.version, answerBody);
    const sent = await submitAnswer(c.editor2, edited.answer.id, edited.answer.version);
    const { id, version } = sent.answer;
    await expect(approveAnswer(c.approver, id, version)).rejects.toThrow(/không thể tự phê duyệt/);
    await expect(approveAnswer(c.editor, id, version)).rejects.toThrow(ForbiddenError);
    await expect(approveAnswer(c.admin, id, version)).rejects.toThrow(ForbiddenError);
    await expect(rejectAnswer(c.approver, id, version, { reason: 'Tự từ chối' })).rejects.toThrow(
      ForbiddenError,
    );
    const approved = await approveAnswer(c.approver2, id, version);
    expect(approved.answer.state).toBe('PUBLISHED');
    const stored = await db().feedbackAnswer.findUniqueOrThrow({ where: { id } });
    expect(stored.approverId).toBe(c.approver2.id);
  });

  it('two approvals at once: exactly one wins', async () => {
    const { f } = await question();
    const sent = await submitted(f.id);
    const { id, version } = sent.answer;
    const results = await Promise.allSettled([
      approveAnswer(c.approver, id, version),
      rejectAnswer(c.approver2, id, version, { reason: 'Chưa đủ căn cứ' }),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const trail = await feedbackAudit(id, 'feedback-answer');
    expect(trail.filter((a) => ['approve', 'reject'].includes(a.action))).toHaveLength(1);
  });

  it('a rejection needs a reason, shows it, and the answer can be reworked and resubmitted', async () => {
    const { f } = await question();
    const sent = await submitted(f.id);
    await expect(
      rejectAnswer(c.approver, sent.answer.id, sent.answer.version, { reason: ' ' }),
    ).rejects.toThrow(ValidationError);
    const rejected = await rejectAnswer(c.approver, sent.answer.id, sent.answer.version, {
      reason: 'Cần dẫn văn bản',
    });
    const stored = await db().feedbackAnswer.findUniqueOrThrow({ where: { id: sent.answer.id } });
    expect([stored.state, stored.rejectionNote]).toEqual(['REJECTED', 'Cần dẫn văn bản']);
    const again = await saveAnswer(c.editor, f.id, rejected.answer.version, answerBody, {
      submit: true,
    });
    expect(again.answer.state).toBe('SUBMITTED');
  });
});

describe('what readers see', () => {
  it('an answer is public only when approved and its question published; hiding the question hides it', async () => {
    const { f, slug } = await question();
    const sent = await submitted(f.id);
    expect((await listPublicAnswers([f.id])).size).toBe(0);
    const approved = await approveAnswer(c.approver, sent.answer.id, sent.answer.version);
    // The question is still pending: nothing public changed, nothing to expire.
    expect(approved.tags).toEqual([]);
    expect((await listPublicAnswers([f.id])).size).toBe(0);

    await moderateFeedback(c.editor, [{ id: f.id, version: 1 }], { decision: 'publish' });
    expect((await listPublicAnswers([f.id])).get(f.id)?.body).toBe(answerBody.body);

    await moderateFeedback(c.editor, [{ id: f.id, version: 2 }], { decision: 'hide' });
    expect((await listPublicAnswers([f.id])).size).toBe(0);
    await moderateFeedback(c.editor, [{ id: f.id, version: 3 }], { decision: 'restore' });

    const down = await unpublishAnswer(c.approver2, approved.answer.id, approved.answer.version, {
      reason: 'Văn bản đã thay đổi',
    });
    expect(down.answer.state).toBe('UNPUBLISHED');
    expect(down.tags).toContain(cacheTags.article(slug));
    expect((await listPublicAnswers([f.id])).size).toBe(0);
  });

  it('an approval on a published question expires the article', async () => {
    const { f, slug } = await question();
    await moderateFeedback(c.editor, [{ id: f.id, version: 1 }], { decision: 'publish' });
    const sent = await submitted(f.id);
    const approved = await approveAnswer(c.approver, sent.answer.id, sent.answer.version);
    expect(approved.tags).toContain(cacheTags.article(slug));
  });

  it('its author cannot take it down (four eyes), nor can an editor', async () => {
    const { f } = await question();
    const draft = await saveAnswer(c.approver, f.id, null, answerBody, { submit: true });
    const approved = await approveAnswer(c.approver2, draft.answer.id, draft.answer.version);
    const { id, version } = approved.answer;
    const reason = { reason: 'Gỡ' };
    await expect(unpublishAnswer(c.approver, id, version, reason)).rejects.toThrow(ForbiddenError);
    await expect(unpublishAnswer(c.editor, id, version, reason)).rejects.toThrow(ForbiddenError);
  });
});
