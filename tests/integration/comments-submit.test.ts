import { describe, expect, it } from 'vitest';
import { submitComment } from '../../lib/comments/submit';
import { db } from '../../lib/db/client';
import { parseVnDateTime } from '../../lib/text/vn-time';
import { publishedConsultation } from '../helpers/consultations';
import { commentAccepted, commentForm } from '../helpers/comments';
import { castEachTest } from '../helpers/integration';

const c = castEachTest();

function vn(text: string): Date {
  const at = parseVnDateTime(text);
  if (!at) throw new Error(`bad date ${text}`);
  return at;
}

describe('a comment is stored on the live version and unit, pending', () => {
  it('keeps the version, the unit, the stance and the commenter type; nothing is public', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const sent = await commentAccepted(live.slug, {
      unit: 'dieu-2-khoan-1',
      stance: 'dong-tinh',
      commenterType: 'doanh-nghiep',
    });
    const row = await db().feedback.findUniqueOrThrow({
      where: { id: sent.id },
      include: { unit: true, liveUnit: true, draftVersion: true },
    });
    expect(row).toMatchObject({
      state: 'PENDING',
      articleId: null,
      consultationId: live.version.consultationId,
      stance: 'AGREE',
      commenterType: 'BUSINESS',
      publishedAt: null,
    });
    expect(row.draftVersion?.number).toBe(1);
    expect(row.unit?.anchor).toBe('dieu-2-khoan-1');
    expect(row.liveUnitId).toBe(row.unitId);
    expect(row.tokenHash).toBeTruthy();
    expect(row.emailHash).toBeTruthy();
  });

  it('a comment on the whole draft has no unit; an unknown unit or an old version is refused', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const whole = await commentAccepted(live.slug, { unit: '' });
    expect((await db().feedback.findUniqueOrThrow({ where: { id: whole.id } })).unitId).toBeNull();
    const ghost = await submitComment(live.slug, commentForm({ unit: 'dieu-99' }), { ip: null });
    expect(ghost.status).toBe('stale');
    const old = await submitComment(live.slug, commentForm({ versionNumber: '7' }), { ip: null });
    expect(old.status).toBe('stale');
    expect(await db().feedback.count()).toBe(1);
  });

  it('a filled honeypot stores nothing', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const trap = await submitComment(live.slug, commentForm({ website: 'x' }), { ip: null });
    expect(trap.status).toBe('trap');
    expect(await db().feedback.count()).toBe(0);
  });
});

describe('the window, in Vietnam time, closing at the end of the stated minute', () => {
  const window = { opensAt: vn('01/06/2026 08:00'), closesAt: vn('30/06/2026 23:59') };
  const at = (iso: string) => ({ ip: null, now: new Date(iso) });

  it('refuses before the opening minute, accepts from it until 23:59:59.999, refuses at midnight', async () => {
    const live = await publishedConsultation(c.editor, c.approver, window);
    // Published before the window, as a real one would be (the test's clock is in June).
    await db().consultation.update({
      where: { id: live.version.consultationId },
      data: { publishedAt: new Date('2026-05-01T00:00:00Z') },
    });
    const send = (iso: string) => submitComment(live.slug, commentForm(), at(iso));
    // 08:00 Vietnam time is 01:00 UTC.
    expect((await send('2026-06-01T00:59:59.999Z')).status).toBe('upcoming');
    expect((await send('2026-06-01T01:00:00.000Z')).status).toBe('accepted');
    expect((await send('2026-06-30T16:59:59.999Z')).status).toBe('accepted');
    expect((await send('2026-06-30T17:00:00.000Z')).status).toBe('late');
    expect(await db().feedback.count()).toBe(2);
  });

  it('a consultation not published (or unknown) takes nothing', async () => {
    expect((await submitComment('khong-co', commentForm(), { ip: null })).status).toBe('missing');
  });
});
