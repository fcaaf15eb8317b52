import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeViews } from '../../lib/counting/flush.mjs';
import { db } from '../../lib/db/client';
import { env, resetEnvCache } from '../../lib/env';
import { formatDay } from '../../lib/trends/reasons';
import { loadTrends } from '../../lib/trends-data/dashboard';
import { addDays } from '../../lib/trends-data/range';
import { sendTrendDigest, sendTrendDigestWhenDue } from '../../lib/trends-digest/send';
import { atTime } from '../helpers/clock';
import { commentAccepted } from '../helpers/comments';
import { consultationInput, publishedConsultation } from '../helpers/consultations';
import { castEachTest } from '../helpers/integration';
import { type Received, startSmtpSink } from '../helpers/smtp-sink';
import { firstAdmin, staffActor } from '../helpers/staff';
import { publishedArticle } from '../helpers/workflow-fixtures';

// The daily email of trend alerts, end to end: data written as the product
// writes it, the digest judged and sent through nodemailer to a real SMTP
// server this file starts. A fixed past Wednesday, far from any holiday.

const DAY = '2026-11-11';
/** 08:00 in Vietnam the morning after: the digest of DAY is due. */
const MORNING = new Date('2026-11-12T01:00:00Z');
const noon = (day: string) => new Date(`${day}T05:00:00Z`);

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let received: Received[];
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  resetEnvCache();
});

const c = castEachTest();
beforeEach(() => {
  sink.received.length = 0;
  received = sink.received;
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
  vi.restoreAllMocks();
});

/** An article read 20 times a day for ten weeks, then 200 times on DAY. */
async function spikedArticle() {
  const title = 'Giải ngân vốn đầu tư công tháng 11';
  const p = await publishedArticle(c.editor, c.approver, c.categoryId, { title });
  const { slug } = await db().article.findUniqueOrThrow({ where: { id: p.revision.articleId } });
  const days = Array.from({ length: 71 }, (_, i) => addDays(DAY, i - 70));
  const client = new pg.Client({ connectionString: String(env().DATABASE_URL) });
  await client.connect();
  await writeViews(
    client,
    days,
    days.map(() => `/tin-tuc/${slug}`),
    days.map((d) => (d === DAY ? 200 : 20)),
  );
  await client.end();
  const category = await db().category.findUniqueOrThrow({ where: { id: c.categoryId } });
  return { title, category: category.name };
}

/** A consultation with one comment for and one against a day, then 40 against on DAY. */
async function consultationTurningAgainst() {
  const opened = noon(addDays(DAY, -40));
  const closes = noon(addDays(DAY, 3)).getTime();
  const live = await atTime(opened, () =>
    publishedConsultation(c.editor, c.approver, {
      opensAt: new Date(opened.getTime() - 3_600_000),
      closesAt: new Date(closes), // a Date of the moved clock's own class
    }),
  );
  for (let back = 34; back >= 0; back--) {
    const stances = back === 0 ? Array(40).fill('khong-dong-tinh') : ['khong-dong-tinh'];
    for (const stance of ['dong-tinh', ...stances]) {
      await commentAccepted(live.slug, { stance }, { ip: null, now: noon(addDays(DAY, -back)) });
    }
  }
  return consultationInput().title;
}

describe('the daily trends email (SMTP_URL set)', () => {
  it('approvers and admins get the day’s alerts with their reasons; editors and deactivated accounts nothing', async () => {
    const gone = await staffActor('APPROVER');
    await db().user.update({ where: { id: gone.id }, data: { active: false } });
    const article = await spikedArticle();
    const consultation = await consultationTurningAgainst();

    expect(await sendTrendDigest(MORNING)).toBe('sent');
    // The admin who created the others' accounts is one too.
    const admins = [c.admin.email, (await firstAdmin()).email];
    expect(received.map((m) => m.to).sort()).toEqual(
      [...admins, c.approver.email, c.approver2.email].sort().map((to) => [to]),
    );
    const mail = received[0] as Received;
    expect(mail.subject).toBe(`Cảnh báo xu hướng ngày ${formatDay(DAY)} (4)`);
    const rise = `${formatDay(DAY)}: 200, gấp 10 lần mức thường lệ 20 (trung vị 8 ngày Thứ Tư gần nhất`;
    expect(mail.text).toContain(`- Bài viết: ${article.title} (lượt đọc)\n  ${rise}`);
    expect(mail.text).toContain(`- Chuyên mục: ${article.category} (lượt đọc)\n  ${rise}`);
    expect(mail.text).toContain(`- Lượt đọc toàn Cổng\n  ${rise}`);
    expect(mail.text).toContain(
      `Chuyển biến tiêu cực trong góp ý dự thảo (1)\n- Góp ý dự thảo: ${consultation}\n` +
        `  Tỷ lệ Không đồng tình 7 ngày đến ${formatDay(DAY)}: 86,8 % (46/53 ý kiến), tăng từ 50 %`,
    );
    expect(mail.text).toMatch(
      new RegExp(`\\nhttps?://\\S+/quan-tri/xu-huong\\?tu=${addDays(DAY, -27)}&den=${DAY}\\n`),
    );
    // The dashboard lists the same alerts for the day.
    const board = await loadTrends(c.approver, { from: addDays(DAY, -27), to: DAY });
    const kinds = board.alerts.filter((a) => a.day === DAY).map((a) => a.kind);
    expect(kinds.sort()).toEqual(['article', 'category', 'stance', 'views']);
    // Counts and titles only: no commenter's name, email or words.
    expect(mail.text).not.toMatch(/@|Trần Thị|Góp ý số/);
    expect(new Set(received.map((m) => m.text)).size).toBe(1);
  });

  it('a negative shift still under way the next day is not announced again', async () => {
    await consultationTurningAgainst();
    expect(await sendTrendDigest(MORNING)).toBe('sent');
    expect(received).toHaveLength(4);
    const nextMorning = new Date(MORNING.getTime() + 86_400_000);
    expect(await sendTrendDigest(nextMorning)).toBe('no-alerts');
    expect(received).toHaveLength(4);
  });

  it('two instances at once send the day once; a restart sends nothing more', async () => {
    await spikedArticle();
    const outcomes = await Promise.all([sendTrendDigest(MORNING), sendTrendDigest(MORNING)]);
    expect(outcomes).toContain('sent');
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(received).toHaveLength(4);
    expect(await sendTrendDigest(new Date(MORNING.getTime() + 3_600_000))).toBe('already');
    expect(received).toHaveLength(4);
    const row = await db().trendDigest.findUniqueOrThrow({ where: { day: new Date(DAY) } });
    expect(row).toMatchObject({ alerts: 3, recipients: 4 });
  });

  it('a day without alerts sends nothing and is judged once', async () => {
    expect(await sendTrendDigest(MORNING)).toBe('no-alerts');
    expect(await sendTrendDigest(MORNING)).toBe('already');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([]);
  });

  it('a dead mail server is logged, the day stays open and the next run a minute later sends it', async () => {
    await spikedArticle();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    await expect(sendTrendDigestWhenDue(MORNING)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[trends\] digest not sent, /));
    expect(await db().trendDigest.count()).toBe(0);
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    await sendTrendDigestWhenDue(new Date(MORNING.getTime() + 61_000));
    expect(received).toHaveLength(4);
    expect(await db().trendDigest.count()).toBe(1);
  });

  // Last: the process-wide minute throttle then stands after the other tests' clocks.
  it('the scheduler waits for 07:00 Vietnam time', async () => {
    const before = new Date(`${addDays(DAY, 2)}T06:59:00+07:00`);
    await sendTrendDigestWhenDue(before);
    expect(await db().trendDigest.count()).toBe(0);
    await sendTrendDigestWhenDue(new Date(before.getTime() + 60_000));
    const rows = await db().trendDigest.findMany({ select: { day: true } });
    expect(rows).toEqual([{ day: new Date(`${addDays(DAY, 1)}T00:00:00Z`) }]);
  });
});

describe('without SMTP_URL', () => {
  it('sends nothing, records nothing and raises no error', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await spikedArticle();
    const error = vi.spyOn(console, 'error');
    expect(await sendTrendDigest(MORNING)).toBe('disabled');
    await expect(
      sendTrendDigestWhenDue(new Date(MORNING.getTime() + 600_000)),
    ).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([]);
    expect(await db().trendDigest.count()).toBe(0);
    expect(error).not.toHaveBeenCalled();
  });
});
