import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../../lib/comments/labels';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { chartTables } from '../../lib/trends-data/chart-tables';
import { loadTrends } from '../../lib/trends-data/dashboard';
import { addDays, vnDayOf } from '../../lib/trends-data/range';
import { atTime } from '../helpers/clock';
import { commentAccepted } from '../helpers/comments';
import { consultationInput, publishedConsultation } from '../helpers/consultations';
import { castEachTest } from '../helpers/integration';

const c = castEachTest();
// The range ends yesterday, so every comment's noon is in the past.
const to = addDays(vnDayOf(new Date()), -1);
const range = { from: addDays(to, -27), to };
/** Noon, Vietnam time, of a day. */
const noon = (day: string) => new Date(`${day}T05:00:00Z`);

/**
 * A consultation opened 40 days ago and still open, published then by the
 * product itself (the clock stands at that day), and comments sent through
 * the public submit function, each stamped by it with its own day (the
 * context's `now`): no SQL writes a date.
 */
async function consultationWithComments(perDay: (back: number) => StanceValue[]) {
  const opened = noon(addDays(to, -40));
  const closes = Date.now() + 3 * 86_400_000; // read before the clock moves
  const live = await atTime(opened, () =>
    publishedConsultation(c.editor, c.approver, {
      opensAt: new Date(opened.getTime() - 3_600_000),
      closesAt: new Date(closes), // a Date of the moved clock's own class
    }),
  );
  const ids: string[] = [];
  for (let back = 34; back >= 0; back--) {
    for (const stance of perDay(back)) {
      const sent = await commentAccepted(
        live.slug,
        { stance },
        { ip: null, now: noon(addDays(to, -back)) },
      );
      ids.push(sent.id);
    }
  }
  return { live, ids };
}

describe('draft comments by stance on the trends dashboard', () => {
  it('flags a rising share of Không đồng tình once, with its reason; spam refused does not count', async () => {
    // 28 days with a third disagreeing, then a week with three in four.
    const { live } = await consultationWithComments((back) =>
      back <= 6
        ? ['dong-tinh', 'khong-dong-tinh', 'khong-dong-tinh', 'khong-dong-tinh']
        : back % 2 === 0
          ? ['dong-tinh', 'khong-dong-tinh']
          : ['dong-tinh'],
    );
    const { title } = consultationInput();
    // Three copies of a spam run yesterday, and an opinion with no side.
    const when = { ip: null, now: noon(to) };
    const spam = [];
    for (let i = 0; i < 3; i++) spam.push(await commentAccepted(live.slug, {}, when));
    await commentAccepted(live.slug, { stance: 'y-kien-khac' }, when);

    // In the range: 21 baseline days (10 of them, the even ones back, with a disagreement) and the last week.
    const expected = { title, agree: 21 + 7, disagree: 10 + 21, other: 1 };
    // Still waiting for a moderator, the spam counts: moderation lag hides nothing.
    const waiting = await loadTrends(c.approver, range);
    expect(waiting.stance).toMatchObject([{ ...expected, disagree: expected.disagree + 3 }]);

    await moderateFeedback(
      c.editor,
      spam.map((s) => ({ id: s.id, version: 1 })),
      { decision: 'reject', reason: 'SPAM' },
    );
    const trends = await loadTrends(c.approver, range);
    expect(trends.stance).toMatchObject([expected]);
    const shifts = trends.alerts.filter((a) => a.kind === 'stance');
    expect(shifts).toHaveLength(1);
    const [shift] = shifts;
    expect(shift?.subject).toBe(title);
    // Within the disagreeing week (with these counts, on its last day: the whole week is needed).
    expect(shift?.day).toBeDefined();
    expect((shift?.day ?? '') >= addDays(to, -6) && (shift?.day ?? '') <= to).toBe(true);
    expect(shift?.value).toBeGreaterThan((shift?.baseline ?? 100) + 15);
    expect(shift?.reason).toMatch(/^Tỷ lệ Không đồng tình 7 ngày đến .*tăng từ .*điểm z/);

    const tables = new Map(chartTables(trends).map((t) => [t.id, t]));
    expect(tables.get('quan-diem')).toMatchObject({
      title: 'Quan điểm góp ý dự thảo',
      columns: ['Dự thảo', 'Đồng tình', 'Không đồng tình', 'Ý kiến khác'],
      rows: [[title, expected.agree, expected.disagree, expected.other]],
    });
    expect(tables.get('chuyen-bien')?.rows).toEqual([
      [shift?.day, title, shift?.value, shift?.baseline, shift?.score, shift?.reason],
    ]);
    // The rising list (and its CSV) keeps counts; the share lives in its own table.
    expect(tables.get('canh-bao')?.rows.some((r) => r[1] === title)).toBe(false);

    // An editor sees no consultation's stance: neither the table, the alert, nor a CSV.
    const editor = await loadTrends(c.editor, range);
    expect(editor.stance).toBeNull();
    expect(editor.alerts.filter((a) => a.kind === 'stance')).toEqual([]);
    const editorTables = chartTables(editor).map((t) => t.id);
    expect(editorTables).not.toContain('quan-diem');
    expect(editorTables).not.toContain('chuyen-bien');
  }, 120_000);

  it('raises nothing when the share holds steady', async () => {
    await consultationWithComments((back) =>
      back % 2 === 0 ? ['dong-tinh', 'khong-dong-tinh'] : ['dong-tinh'],
    );
    const trends = await loadTrends(c.approver, range);
    expect(trends.alerts.filter((a) => a.kind === 'stance')).toEqual([]);
    expect(trends.stance?.[0]?.disagree).toBe(14);
  }, 120_000);
});
