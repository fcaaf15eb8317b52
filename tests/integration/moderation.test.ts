import { describe, expect, it } from 'vitest';
import { cacheTags } from '../../lib/cache/tags';
import { db } from '../../lib/db/client';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { setFeedbackMode } from '../../lib/moderation/mode';
import { scoreSpam } from '../../lib/spam';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { feedbackAudit, pendingFeedback, storedFeedback } from '../helpers/pending-feedback';
import { castEachTest } from '../helpers/integration';
import { publishedArticle } from '../helpers/workflow-fixtures';

const c = castEachTest({ warm: true });

async function item(overrides: { body?: string } = {}) {
  const live = await publishedArticle(c.editor, c.approver, c.categoryId);
  const f = await pendingFeedback({ articleId: live.article.id, ...overrides });
  return { f, slug: live.article.slug, ref: { id: f.id, version: f.version } };
}

describe('publishing an item', () => {
  it('an editor publishes: state, version, moderator, time, one audit row, the article expired', async () => {
    const { f, slug, ref } = await item();
    const result = await moderateFeedback(c.editor, [ref], { decision: 'publish' });
    const stored = await storedFeedback(f.id);
    expect(stored.state).toBe('PUBLISHED');
    expect(stored.version).toBe(2);
    expect(stored.moderatorId).toBe(c.editor.id);
    expect(stored.publishedAt).not.toBeNull();
    expect(result.items).toEqual([{ id: f.id, version: 2, state: 'PUBLISHED' }]);
    expect(result.tags).toContain(cacheTags.article(slug));
    const audit = await feedbackAudit(f.id);
    expect(audit.map((a) => [a.action, a.fromState, a.toState, a.actorId])).toEqual([
      ['publish', 'PENDING', 'PUBLISHED', c.editor.id],
    ]);
  });

  it('an approver may too; an admin may not, and nothing is written', async () => {
    const a = await item();
    await moderateFeedback(c.approver, [a.ref], { decision: 'publish' });
    expect((await storedFeedback(a.f.id)).state).toBe('PUBLISHED');

    const b = await item();
    await expect(moderateFeedback(c.admin, [b.ref], { decision: 'publish' })).rejects.toThrow(
      ForbiddenError,
    );
    for (const decision of ['reject', 'hide', 'restore'] as const) {
      await expect(
        moderateFeedback(c.admin, [b.ref], { decision, reason: 'SPAM' }),
      ).rejects.toThrow(ForbiddenError);
    }
    const stored = await storedFeedback(b.f.id);
    expect([stored.state, stored.version, stored.moderatorId]).toEqual(['PENDING', 1, null]);
    expect(await feedbackAudit(b.f.id)).toEqual([]);
  });
});

describe('rejecting, hiding, restoring', () => {
  it('a rejection needs one of the four reasons, and keeps it', async () => {
    const { f, ref } = await item();
    await expect(moderateFeedback(c.editor, [ref], { decision: 'reject' })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      moderateFeedback(c.editor, [ref], { decision: 'reject', reason: 'RUDE' as 'SPAM' }),
    ).rejects.toThrow(ValidationError);
    expect((await storedFeedback(f.id)).state).toBe('PENDING');

    await moderateFeedback(c.editor, [ref], {
      decision: 'reject',
      reason: 'PERSONAL_DATA',
      note: 'Có số điện thoại',
    });
    const stored = await storedFeedback(f.id);
    expect([stored.state, stored.rejectReason, stored.rejectNote]).toEqual([
      'REJECTED',
      'PERSONAL_DATA',
      'Có số điện thoại',
    ]);
    const [row] = await feedbackAudit(f.id);
    expect([row?.action, row?.toState, row?.note]).toEqual([
      'reject',
      'REJECTED',
      'Lộ thông tin cá nhân: Có số điện thoại',
    ]);
  });

  it('a published item is hidden, then restored with its first publication time', async () => {
    const { f, slug, ref } = await item();
    await moderateFeedback(c.editor, [ref], { decision: 'publish' });
    const published = await storedFeedback(f.id);
    const hidden = await moderateFeedback(c.editor2, [{ id: f.id, version: 2 }], {
      decision: 'hide',
      reason: 'ABUSIVE',
    });
    expect(hidden.tags).toContain(cacheTags.article(slug));
    expect((await storedFeedback(f.id)).state).toBe('HIDDEN');
    await moderateFeedback(c.approver, [{ id: f.id, version: 3 }], { decision: 'restore' });
    const restored = await storedFeedback(f.id);
    expect(restored.state).toBe('PUBLISHED');
    expect(restored.rejectReason).toBeNull();
    expect(restored.publishedAt).toEqual(published.publishedAt);
    const trail = await feedbackAudit(f.id);
    expect(trail.map((a) => a.action)).toEqual(['publish', 'hide', 'restore']);
  });

  it('a rejected item restored goes back to the queue; nothing public changes', async () => {
    const { f, ref } = await item();
    await moderateFeedback(c.editor, [ref], { decision: 'reject', reason: 'OFF_TOPIC' });
    const back = await moderateFeedback(c.editor, [{ id: f.id, version: 2 }], {
      decision: 'restore',
    });
    expect((await storedFeedback(f.id)).state).toBe('PENDING');
    expect(back.tags).toEqual([]);
  });

  it('a refusal as spam restored is unlearnt: the filter forgets it, other lessons stay', async () => {
    const body = 'Vay tiền nhanh không cần thế chấp, liên hệ zalo 0909 để nhận khuyến mãi';
    const { f, ref } = await item({ body });
    const other = await item({ body: 'Vay tiền mua nhà lãi suất ưu đãi cho người trẻ' });
    await moderateFeedback(c.editor, [other.ref], { decision: 'reject', reason: 'SPAM' });
    await moderateFeedback(c.editor, [ref], { decision: 'reject', reason: 'SPAM' });
    const counts = (token: string) =>
      db().spamToken.findUniqueOrThrow({
        where: { token },
        select: { spamCount: true, hamCount: true },
      });
    expect(await counts('zalo')).toEqual({ spamCount: 1, hamCount: 0 });
    expect(await counts('vay tien')).toEqual({ spamCount: 2, hamCount: 0 });
    const learnt = await scoreSpam(db(), body);
    await moderateFeedback(c.editor, [{ id: f.id, version: 2 }], { decision: 'restore' });
    expect(await counts('')).toEqual({ spamCount: 1, hamCount: 0 });
    expect(await counts('zalo')).toEqual({ spamCount: 0, hamCount: 0 });
    expect(await counts('vay tien')).toEqual({ spamCount: 1, hamCount: 0 });
    expect(await scoreSpam(db(), body)).toBeLessThan(learnt);
    // Restoring a refusal for another reason takes nothing back: it taught nothing.
    await moderateFeedback(c.editor, [{ id: f.id, version: 3 }], {
      decision: 'reject',
      reason: 'OFF_TOPIC',
    });
    await moderateFeedback(c.editor, [{ id: f.id, version: 4 }], { decision: 'restore' });
    expect(await counts('vay tien')).toEqual({ spamCount: 1, hamCount: 0 });
  });

  it('a decision on nothing chosen says so', async () => {
    await expect(moderateFeedback(c.editor, [], { decision: 'publish' })).rejects.toThrow(
      /Hãy chọn ít nhất một ý kiến/,
    );
  });

  it('a decision that does not apply to the state is refused (hide a pending item)', async () => {
    const { f, ref } = await item();
    await expect(moderateFeedback(c.editor, [ref], { decision: 'hide' })).rejects.toThrow(
      ConflictError,
    );
    expect((await storedFeedback(f.id)).state).toBe('PENDING');
  });
});

describe('stale screens and two moderators at once', () => {
  it('a stale version is refused and nothing of the batch is written', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const fresh = await pendingFeedback({ articleId: live.article.id });
    const moved = await pendingFeedback({ articleId: live.article.id });
    await moderateFeedback(c.editor2, [{ id: moved.id, version: 1 }], {
      decision: 'reject',
      reason: 'SPAM',
    });
    const batch = [
      { id: fresh.id, version: 1 },
      { id: moved.id, version: 1 },
    ];
    await expect(moderateFeedback(c.editor, batch, { decision: 'publish' })).rejects.toThrow(
      /người khác xử lý/,
    );
    expect((await storedFeedback(fresh.id)).state).toBe('PENDING');
    const other = await storedFeedback(moved.id);
    expect([other.state, other.rejectReason, other.moderatorId]).toEqual([
      'REJECTED',
      'SPAM',
      c.editor2.id,
    ]);
    expect(await feedbackAudit(fresh.id)).toEqual([]);
  });

  it('publish and reject at the same moment: exactly one wins, one audit row', async () => {
    const { f, ref } = await item();
    const results = await Promise.allSettled([
      moderateFeedback(c.editor, [ref], { decision: 'publish' }),
      moderateFeedback(c.approver, [ref], { decision: 'reject', reason: 'SPAM' }),
    ]);
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const trail = await feedbackAudit(f.id);
    expect(trail).toHaveLength(1);
    const stored = await storedFeedback(f.id);
    expect(stored.state).toBe(trail[0]?.toState);
    expect(stored.version).toBe(2);
  });

  it('a bulk decision publishes every item it names, an audit row each', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const items = await Promise.all(
      [1, 2, 3].map(() => pendingFeedback({ articleId: live.article.id })),
    );
    const refs = items.map((f) => ({ id: f.id, version: f.version }));
    const result = await moderateFeedback(c.editor, refs, { decision: 'publish' });
    expect(result.items).toHaveLength(3);
    const published = await db().feedback.count({ where: { state: 'PUBLISHED' } });
    expect(published).toBe(3);
    const rows = await db().auditEvent.count({ where: { entityType: 'feedback' } });
    expect(rows).toBe(3);
  });
});

describe("an article's feedback mode", () => {
  it('is set by an editor, audited, expires the article; not by an admin; a stale screen is refused', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const articleId = live.article.id;
    const done = await setFeedbackMode(c.editor, { articleId, mode: 'CLOSED', shown: 'OPEN' });
    expect(done.tags).toContain(cacheTags.article(live.article.slug));
    const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.feedbackMode).toBe('CLOSED');
    const audit = await db().auditEvent.findMany({
      where: { entityType: 'article', entityId: articleId, action: 'feedback_mode' },
    });
    expect(audit.map((a) => [a.fromState, a.toState, a.actorId])).toEqual([
      ['OPEN', 'CLOSED', c.editor.id],
    ]);
    await expect(
      setFeedbackMode(c.admin, { articleId, mode: 'HIDDEN', shown: 'CLOSED' }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      setFeedbackMode(c.approver, { articleId, mode: 'HIDDEN', shown: 'OPEN' }),
    ).rejects.toThrow(ConflictError);
    const after = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(after.feedbackMode).toBe('CLOSED');
  });
});
