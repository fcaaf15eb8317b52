import { describe, expect, it } from 'vitest';
import { getFeedbackForModeration } from '../../lib/moderation/item';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { db } from '../../lib/db/client';
import { Prisma } from '../../lib/generated/prisma/client';
import { countPendingFeedback, listModerationQueue, whereOf } from '../../lib/moderation/queue';
import type { QueueFilters } from '../../lib/moderation/queue-schema';
import { ForbiddenError } from '../../lib/core/errors';
import { pendingFeedback } from '../helpers/pending-feedback';
import { castEachTest } from '../helpers/integration';
import { publishedArticle } from '../helpers/workflow-fixtures';

const c = castEachTest();
const pending: QueueFilters = { state: 'PENDING', page: 1 };

describe('the moderation queue', () => {
  it('lists waiting items least likely spam first, copies grouped with their count', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const articleId = live.article.id;
    const spam = await pendingFeedback({ articleId, spamScore: 0.95, body: 'Mua ngay giá rẻ' });
    const copies = [spam.id];
    for (let i = 0; i < 2; i++) {
      const copy = await pendingFeedback({ articleId, spamScore: 0.9, groupId: spam.id });
      copies.push(copy.id);
    }
    const genuine = await pendingFeedback({ articleId, spamScore: 0.1, kind: 'QUESTION' });
    const page = await listModerationQueue(c.editor, pending);
    expect(page).toMatchObject({ total: 2, items: 4 });
    expect(page.rows.map((r) => [r.id, r.count])).toEqual([
      [genuine.id, 1],
      [spam.id, 3],
    ]);
    expect(page.rows[1]?.refs.map((r) => r.id).sort()).toEqual([...copies].sort());
    // One decision on the group's row covers every copy.
    await moderateFeedback(c.editor, page.rows[1]?.refs ?? [], {
      decision: 'reject',
      reason: 'SPAM',
    });
    expect(await countPendingFeedback(c.editor)).toBe(1);
    const rejected = await listModerationQueue(c.editor, { state: 'REJECTED', page: 1 });
    expect(rejected.rows.map((r) => [r.id, r.count, r.rejectReason])).toEqual([
      [spam.id, 3, 'SPAM'],
    ]);
  });

  it('filters by text without diacritics, kind, verified, article and date', async () => {
    const a = await publishedArticle(c.editor, c.approver, c.categoryId);
    const b = await publishedArticle(c.editor, c.approver, c.categoryId);
    const found = await pendingFeedback({
      articleId: a.article.id,
      body: 'Đề nghị Bộ công khai tiến độ',
      kind: 'QUESTION',
      verified: true,
    });
    await pendingFeedback({ articleId: b.article.id, body: 'Nội dung khác' });
    const ids = async (f: Partial<QueueFilters>) =>
      (await listModerationQueue(c.editor, { ...pending, ...f })).rows.map((r) => r.id);
    expect(await ids({ q: 'de nghi bo' })).toEqual([found.id]);
    expect(await ids({ q: '100%' })).toEqual([]);
    expect(await ids({ kind: 'QUESTION' })).toEqual([found.id]);
    expect(await ids({ verified: true })).toEqual([found.id]);
    expect(await ids({ verified: false })).not.toContain(found.id);
    expect(await ids({ articleId: a.article.id })).toEqual([found.id]);
    expect(await ids({ from: new Date(Date.now() + 86_400_000) })).toEqual([]);
  });

  it('is closed to an admin, whose navigation shows no count', async () => {
    await expect(listModerationQueue(c.admin, pending)).rejects.toThrow(ForbiddenError);
    expect(await countPendingFeedback(c.admin)).toBeNull();
  });

  it("an item's page: its text, group, decisions and history", async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const f = await pendingFeedback({ articleId: live.article.id, body: '<b>đậm</b>' });
    await moderateFeedback(c.editor, [{ id: f.id, version: 1 }], { decision: 'publish' });
    const item = await getFeedbackForModeration(c.approver, f.id);
    expect(item.body).toBe('<b>đậm</b>');
    expect(item.decisions).toEqual(['hide']);
    expect(item.history.map((h) => [h.label, h.stateChange])).toEqual([
      ['Đăng ý kiến bạn đọc', 'Chờ duyệt → Đã đăng'],
    ]);
    await expect(getFeedbackForModeration(c.admin, f.id)).rejects.toThrow(ForbiddenError);
  });

  it('searches text and names through their trigram indexes, not by folding every item', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const found = await pendingFeedback({
      articleId: live.article.id,
      body: 'Về lộ trình áp dụng',
    });
    // A queue of 2,000 other waiting items, written in one statement.
    await db().$executeRaw`
      INSERT INTO "Feedback" ("id", "articleId", "kind", "name", "body", "consentAt",
        "consentVersion", "updatedAt")
      SELECT 'hang-doi-' || g, "articleId", "kind", "name", 'Nội dung khác số ' || g,
        "consentAt", "consentVersion", now()
      FROM "Feedback", generate_series(1, 2000) g WHERE "id" = ${found.id}`;
    await db().$executeRaw`ANALYZE "Feedback"`;
    const rows = await db().$queryRaw<{ 'QUERY PLAN': string }[]>(
      Prisma.sql`EXPLAIN SELECT f.id FROM "Feedback" f WHERE ${whereOf({ ...pending, q: 'lo trinh' })}`,
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('Feedback_body_fold_idx');
    expect(plan).toContain('Feedback_name_fold_idx');
    const page = await listModerationQueue(c.editor, { ...pending, q: 'lo trinh' });
    expect(page.rows.map((r) => r.id)).toEqual([found.id]);
  });
});
