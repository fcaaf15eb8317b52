import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { tagsForArticle } from '../../lib/cache/tags';
import { resetEnvCache } from '../../lib/env';
import { confirmFeedback, findByLinkToken, withdrawFeedback } from '../../lib/feedback/links';
import { erasePersonalData, exportPersonalData } from '../../lib/feedback/personal-data';
import { loadArticleFeedback } from '../../lib/feedback/queries';
import { runFeedbackRetention } from '../../lib/feedback/retention';
import { dailySalt, hashWithDailySalt, vnDay } from '../../lib/privacy/daily-salt';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';
import { setFeedbackState, submitAccepted } from '../helpers/feedback';
import { firstAdmin, staffActor } from '../helpers/staff';
import { emptyDatabaseEachTest } from '../helpers/integration';

emptyDatabaseEachTest();

const SLUG = 'bai-du-lieu-ca-nhan';
const DAY = 86_400_000;

async function article() {
  const category = await createCategory();
  const publishedAt = new Date(Date.now() - 60 * DAY);
  return (await createPublishedArticle({ category, slug: SLUG, publishedAt })).article;
}

describe('the emailed link', () => {
  it('opening it changes nothing; the button marks the email verified', async () => {
    await article();
    const { id, token } = await submitAccepted(SLUG);
    expect(await findByLinkToken(token)).toMatchObject({ id, verified: false, state: 'PENDING' });
    expect(await findByLinkToken('x'.repeat(32))).toBeNull();
    expect((await confirmFeedback('forged-token')).ok).toBe(false);
    expect(await confirmFeedback(token)).toEqual({ ok: true, expireTags: [] });
    expect((await db().feedback.findUniqueOrThrow({ where: { id } })).verifiedAt).not.toBeNull();
  });

  it('withdrawing erases text, name and email, and takes a published item off the page', async () => {
    await article();
    const { id, token } = await submitAccepted(SLUG, {
      name: 'Phạm Thu',
      body: 'Nội dung sẽ rút lại',
    });
    await setFeedbackState(id, 'PUBLISHED');
    expect((await loadArticleFeedback(SLUG)).total).toBe(1);
    expect(await withdrawFeedback(token)).toEqual({ ok: true, expireTags: tagsForArticle(SLUG) });
    const row = await db().feedback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      state: 'WITHDRAWN',
      body: '',
      name: '',
      email: null,
      emailHash: null,
    });
    expect(row.sourceHash).toBeNull();
    expect(row.tokenHash).toBeNull();
    expect((await loadArticleFeedback(SLUG)).total).toBe(0);
    expect((await withdrawFeedback(token)).ok).toBe(false);
  });
});

describe("one person's data, at their request", () => {
  it('an admin exports it (audited without the address); others may not', async () => {
    await article();
    await submitAccepted(SLUG, { email: 'Mai@Example.vn', body: 'Thứ nhất' });
    await submitAccepted(SLUG, { email: 'mai@example.vn', body: 'Thứ hai' });
    await submitAccepted(SLUG, { email: 'nguoi-khac@example.vn' });
    const editor = await staffActor('EDITOR');
    await expect(exportPersonalData(editor, 'mai@example.vn')).rejects.toThrow();
    const admin = await firstAdmin();
    const records = await exportPersonalData(admin, ' MAI@example.vn');
    expect(records.map((r) => r.body)).toEqual(['Thứ nhất', 'Thứ hai']);
    expect(records[0]).toMatchObject({ email: 'mai@example.vn', article: `/tin-tuc/${SLUG}` });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityType: 'personal_data' },
    });
    expect(audit).toMatchObject({ action: 'export', actorId: admin.id, note: '2 ý kiến' });
    expect(Object.values(audit).map(String).join(' ')).not.toContain('mai@');
  });

  it('an admin erases it: every item withdrawn, other people untouched', async () => {
    await article();
    const mine = await submitAccepted(SLUG, { email: 'xoa@example.vn' });
    await setFeedbackState(mine.id, 'PUBLISHED');
    await submitAccepted(SLUG, { email: 'xoa@example.vn' });
    await submitAccepted(SLUG, { email: 'giu@example.vn' });
    await expect(
      erasePersonalData(await staffActor('APPROVER'), 'xoa@example.vn'),
    ).rejects.toThrow();
    const done = await erasePersonalData(await firstAdmin(), 'xoa@example.vn');
    expect(done).toEqual({ count: 2, expireTags: tagsForArticle(SLUG) });
    const rows = await db().feedback.findMany({ select: { state: true, email: true } });
    expect(rows.filter((r) => r.state === 'WITHDRAWN')).toHaveLength(2);
    expect(rows.map((r) => r.email).filter(Boolean)).toEqual(['giu@example.vn']);
    // Nothing is left that could even be linked to the address.
    expect(await exportPersonalData(await firstAdmin(), 'xoa@example.vn')).toEqual([]);
  });
});

describe('retention', () => {
  afterEach(() => {
    delete process.env.FEEDBACK_RETENTION_DAYS;
    resetEnvCache();
  });

  it('removes email and hashes after FEEDBACK_RETENTION_DAYS, deletes old rejected items and salts', async () => {
    process.env.FEEDBACK_RETENTION_DAYS = '30';
    resetEnvCache();
    await article();
    const now = new Date();
    const old = await submitAccepted(
      SLUG,
      {},
      { ip: '198.51.100.5', now: new Date(now.getTime() - 31 * DAY) },
    );
    await setFeedbackState(old.id, 'PUBLISHED');
    const oldRejected = await submitAccepted(
      SLUG,
      {},
      { ip: null, now: new Date(now.getTime() - 40 * DAY) },
    );
    await setFeedbackState(oldRejected.id, 'REJECTED');
    const recent = await submitAccepted(
      SLUG,
      {},
      { ip: '198.51.100.5', now: new Date(now.getTime() - 29 * DAY) },
    );
    await dailySalt(now);

    const done = await runFeedbackRetention(now);
    expect(done).toMatchObject({ erased: 1, deleted: 1 });
    const kept = await db().feedback.findUniqueOrThrow({ where: { id: old.id } });
    expect(kept).toMatchObject({
      email: null,
      emailHash: null,
      sourceHash: null,
      tokenHash: null,
      state: 'PUBLISHED',
    });
    expect(kept.body).not.toBe('');
    expect(kept.erasedAt).not.toBeNull();
    expect(await db().feedback.findUnique({ where: { id: oldRejected.id } })).toBeNull();
    expect(
      (await db().feedback.findUniqueOrThrow({ where: { id: recent.id } })).email,
    ).not.toBeNull();
    const salts = await db().dailySalt.findMany();
    expect(salts.map((s) => s.day)).toEqual([vnDay(now)]);
    expect((await loadArticleFeedback(SLUG)).total).toBe(1);
  });
});

describe('the daily salt', () => {
  it('gives one hash per address and day, another the next day, and no address in the clear', async () => {
    const noon = new Date('2026-12-06T05:00:00Z');
    const a = await hashWithDailySalt('203.0.113.9', noon);
    expect(await hashWithDailySalt('203.0.113.9', new Date(noon.getTime() + 3_600_000))).toBe(a);
    expect(await hashWithDailySalt('203.0.113.10', noon)).not.toBe(a);
    expect(await hashWithDailySalt('203.0.113.9', new Date(noon.getTime() + DAY))).not.toBe(a);
    expect(vnDay(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
  });
});
