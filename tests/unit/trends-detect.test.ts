import { describe, expect, it } from 'vitest';
import { detectNegativeShift, detectRising } from '../../lib/trends/detect';
import { addDays, type DailyPoint, dayRange, holidayOf, weekday } from '../../lib/trends/series';
import { poisson, seededRandom } from '../../scripts/lib/trends-synthetic';

// Ministry reading: working days high, weekend low.
const WEEK = [40, 100, 110, 105, 100, 95, 45];

/** Counts around a weekly pattern, Poisson noise, a fixed seed; `edit` changes chosen days. */
function series(
  from: string,
  to: string,
  edit: (day: string, usual: number) => number = (_, usual) => usual,
  seed = 7,
): DailyPoint[] {
  const random = seededRandom(seed);
  return dayRange(from, to).map((day) => ({
    day,
    value: poisson(random, edit(day, WEEK[weekday(day)] ?? 0)),
  }));
}

const SPIKE = '2026-06-17';
const withSpike = (day: string, usual: number) => (day === SPIKE ? usual * 3 : usual);

describe('detectRising', () => {
  it('flags a day three times its weekday, and says why in Vietnamese', () => {
    const alerts = detectRising(series('2026-03-02', '2026-06-30', withSpike));
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert).toMatchObject({ kind: 'rising', day: SPIKE });
    expect(alert?.value).toBeGreaterThan(250);
    expect(alert?.baseline).toBeGreaterThan(95);
    expect(alert?.baseline).toBeLessThan(125);
    expect(alert?.score).toBeGreaterThan(5);
    expect(alert?.reason).toContain('Thứ Tư 17/06/2026');
    expect(alert?.reason).toContain('trung vị 8 ngày Thứ Tư gần nhất');
    expect(alert?.reason.normalize('NFC')).toBe(alert?.reason);
  });

  it('raises nothing once the spike is taken out', () => {
    expect(detectRising(series('2026-03-02', '2026-06-30'))).toEqual([]);
  });

  it('compares a Monday with Mondays: the weekday pattern alone is no rise', () => {
    const steep = series('2026-03-02', '2026-06-30', (day) => (weekday(day) === 1 ? 400 : 20));
    expect(detectRising(steep)).toEqual([]);
  });

  it('is not thrown by an earlier spike in the baseline (median and MAD)', () => {
    const twice = (day: string, usual: number) =>
      day === '2026-06-10' || day === SPIKE ? usual * 3 : usual;
    expect(detectRising(series('2026-03-02', '2026-06-30', twice)).map((a) => a.day)).toEqual([
      '2026-06-10',
      SPIKE,
    ]);
  });

  it('raises nothing on a sparse near-zero series, unless it really jumps', () => {
    const quiet = (day: string) => (weekday(day) % 6 === 0 ? 0.1 : 0.6);
    expect(detectRising(series('2026-01-05', '2026-12-27', quiet))).toEqual([]);
    // 0-1 views a day, then 6 (a z-score of 6 or more): a tiny count, not news (minCount).
    const six = series('2026-01-05', '2026-12-27', quiet).map((p) =>
      p.day === SPIKE ? { ...p, value: 6 } : p,
    );
    expect(detectRising(six)).toEqual([]);
    expect(detectRising(six, { minCount: 6 }).map((a) => a.day)).toEqual([SPIKE]);
    const jump = (day: string) => (day === SPIKE ? 30 : quiet(day));
    expect(detectRising(series('2026-01-05', '2026-12-27', jump)).map((a) => a.day)).toEqual([
      SPIKE,
    ]);
  });

  it('waits for enough same weekdays before judging (minBaseline)', () => {
    const early = (day: string, usual: number) => (day === '2026-03-18' ? usual * 4 : usual);
    expect(detectRising(series('2026-03-02', '2026-04-30', early))).toEqual([]);
    const later = (day: string, usual: number) => (day === '2026-03-30' ? usual * 4 : usual);
    expect(detectRising(series('2026-03-02', '2026-04-30', later)).map((a) => a.day)).toEqual([
      '2026-03-30',
    ]);
  });

  it('judges only the days from `from` on', () => {
    const data = series('2026-03-02', '2026-06-30', withSpike);
    expect(detectRising(data, { from: addDays(SPIKE, 1) })).toEqual([]);
    expect(detectRising(data, { from: SPIKE }).map((a) => a.day)).toEqual([SPIKE]);
  });
});

describe('detectRising around public holidays', () => {
  // Read 2.5 times more on holidays (a holiday-schedule notice), both years.
  const holidayPeak = (day: string, usual: number) => (holidayOf(day) ? 250 : usual);

  it('does not flag a holiday for being one, Tết included', () => {
    expect(detectRising(series('2025-01-01', '2026-12-31', holidayPeak))).toEqual([]);
  });

  it('flags a holiday well above the same holiday a year earlier', () => {
    const tetSurge = (day: string, usual: number) =>
      day === '2026-02-18' ? 1_000 : holidayPeak(day, usual);
    const alerts = detectRising(series('2025-01-01', '2026-12-31', tetSurge));
    expect(alerts.map((a) => a.day)).toEqual(['2026-02-18']);
    expect(alerts[0]?.reason).toContain('Tết Nguyên đán');
    expect(alerts[0]?.reason).toContain('năm trước');
    expect(alerts[0]?.baseline).toBeGreaterThan(200);
  });

  it('keeps holidays out of the baseline: the Monday after a Tết dip is judged on ordinary Mondays', () => {
    // Nothing read over Tết 2026 (16-20 Feb, padded 14-22), then a spike on Monday 23 Feb.
    const dipThenSpike = (day: string, usual: number) => {
      if (holidayOf(day)) return 0;
      return day === '2026-02-23' ? usual * 2 : usual;
    };
    const alerts = detectRising(series('2025-11-03', '2026-03-31', dipThenSpike));
    expect(alerts.map((a) => a.day)).toEqual(['2026-02-23']);
    expect(alerts[0]?.baseline).toBeGreaterThan(85);
  });

  it('keeps holidays out even of a short window, where one Tết peak would be half of it', () => {
    // Read five times more over Tết; Monday 16 Feb 2026 is its first day.
    const peakThenSpike = (day: string, usual: number) => {
      if (holidayOf(day)) return usual * 5;
      return day === '2026-02-23' ? usual * 2 : usual;
    };
    const data = series('2025-11-03', '2026-03-31', peakThenSpike);
    const alerts = detectRising(data, { weeks: 2, minBaseline: 2 });
    expect(alerts.map((a) => a.day)).toEqual(['2026-02-23']);
    expect(alerts[0]?.reason).toContain('trung vị 2 ngày Thứ Hai');
  });
});

describe('detectNegativeShift', () => {
  /** Daily comments: `perDay` in all, a share `disagree(day)` of them Không đồng tình. */
  function stances(perDay: number, disagree: (day: string) => number) {
    const random = seededRandom(11);
    const days = dayRange('2026-05-01', '2026-07-31');
    const split = days.map((day) => {
      let against = 0;
      for (let i = 0; i < perDay; i++) if (random() < disagree(day)) against++;
      return { day, against, total: perDay };
    });
    return {
      agree: split.map((d) => ({ day: d.day, value: d.total - d.against })),
      disagree: split.map((d) => ({ day: d.day, value: d.against })),
    };
  }
  const turn = (day: string) => (day >= '2026-07-01' ? 0.7 : 0.3);

  it('flags the share of Không đồng tình rising from 30 % to 70 %, once, and says why', () => {
    const { agree, disagree } = stances(6, turn);
    const alerts = detectNegativeShift(agree, disagree);
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert?.kind).toBe('negative');
    expect(alert?.day ?? '').toMatch(/^2026-07-0[1-5]$/);
    expect(alert?.baseline).toBeGreaterThan(20);
    expect(alert?.baseline).toBeLessThan(40);
    expect(alert?.value).toBeGreaterThan(50);
    expect(alert?.reason).toMatch(
      /^Tỷ lệ Không đồng tình 7 ngày đến Thứ .+: \d+(,\d)? % \(\d+\/\d+ ý kiến\)/,
    );
    expect(alert?.reason).toMatch(/tăng từ \d+(,\d)? % của 28 ngày trước đó; điểm z \d/);
  });

  it('raises nothing when the share holds or falls', () => {
    const steady = stances(6, () => 0.3);
    expect(detectNegativeShift(steady.agree, steady.disagree)).toEqual([]);
    const falling = stances(6, (day) => (day >= '2026-07-01' ? 0.1 : 0.5));
    expect(detectNegativeShift(falling.agree, falling.disagree)).toEqual([]);
  });

  it('raises nothing on a handful of comments (minCount)', () => {
    const few = stances(1, turn);
    expect(detectNegativeShift(few.agree, few.disagree)).toEqual([]);
    // The same clear shift on 42 comments a week is let through only from 42 up.
    const { agree, disagree } = stances(6, turn);
    expect(detectNegativeShift(agree, disagree, { minCount: 43 })).toEqual([]);
    expect(detectNegativeShift(agree, disagree, { minCount: 30 })).toHaveLength(1);
  });

  it('takes days missing from one side as 0 there', () => {
    const { agree, disagree } = stances(6, turn);
    const agreeOnWeekdays = agree.filter((p) => weekday(p.day) % 6 !== 0 || p.day < '2026-07-01');
    const alerts = detectNegativeShift(
      agreeOnWeekdays,
      disagree.filter((p) => p.value > 0),
    );
    expect(alerts).toHaveLength(1);
    expect(detectNegativeShift([], [])).toEqual([]);
  });
});
