import { holidayRisingReason, negativeShiftReason, risingReason } from './reasons';
import { robustCentre } from './robust';
import {
  addDays,
  type DailyPoint,
  dayName,
  dayNumber,
  denseSeries,
  type HolidayOptions,
  holidayOf,
  holidayFlags,
  sameHolidayYearBefore,
} from './series';

/**
 * Why a day stands out. `rising`: `value` is the day's count, `baseline`
 * what that day usually has. `negative`: `value` and `baseline` are shares
 * of "Không đồng tình" in per cent (recent window, the window before).
 * `score` is a z-score; `reason` says all of it in Vietnamese.
 */
export type Alert = {
  kind: 'rising' | 'negative';
  day: string;
  value: number;
  baseline: number;
  score: number;
  reason: string;
};

export type RisingOptions = {
  /** Same weekdays looked back at for the baseline (holidays skipped). */
  weeks?: number;
  /** Fewest same weekdays needed before a day can be judged. */
  minBaseline?: number;
  /** Robust z-score from which a day is rising. */
  threshold?: number;
  /** Fewest counts on the day itself: a 0-to-3 jump on an unread page is noise. */
  minCount?: number;
  /** The day must also be this many times its baseline ("well above", not just significant). */
  minRatio?: number;
  /** Judge only days from this one on (the rest still serve as baseline). */
  from?: string;
  holidays?: HolidayOptions;
};

const RISING = { weeks: 8, minBaseline: 4, threshold: 5, minCount: 10, minRatio: 1.5 };
// A holiday is compared with the same holiday a year earlier, often one
// day: no spread can be measured from it, so the scale is at least this share.
const HOLIDAY_RELATIVE_SCALE = 0.25;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Days on which the series is well above its own same-weekday baseline: a
 * robust z-score against the median and MAD of the last `weeks` same weekdays
 * that were no public holiday, with a floor on the spread (counts vary at
 * least like a Poisson count) and a minimum count, so a sparse near-zero
 * series raises nothing. A public holiday (Tết with the days around it) is
 * never part of a baseline, and is judged against the same day of the same
 * holiday a year earlier, or not at all: a holiday is not news for being one.
 */
export function detectRising(series: readonly DailyPoint[], opts: RisingOptions = {}): Alert[] {
  const o = { ...RISING, ...opts };
  const { start, values } = denseSeries(series);
  const isHoliday = holidayFlags(start, values.length, o.holidays);
  const window = new Float64Array(o.weeks);
  const alerts: Alert[] = [];
  const from = o.from ? Math.max(0, dayNumber(o.from) - start) : 0;
  for (let i = from; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (value < o.minCount) continue;
    if (isHoliday[i]) {
      const day = dayName(start + i);
      const alert = judgeHoliday(day, value, (d) => values[dayNumber(d) - start], o);
      if (alert) alerts.push(alert);
      continue;
    }
    const judged = judgeOrdinary(values, isHoliday, i, window, o);
    if (!judged) continue;
    const fields = { day: dayName(start + i), value, baseline: judged.median, score: judged.score };
    alerts.push({
      kind: 'rising',
      ...fields,
      reason: risingReason({ ...fields, weeks: judged.n }),
    });
  }
  return alerts;
}

/** Day `i` against the median and MAD of its last ordinary same weekdays; null when not rising. */
function judgeOrdinary(
  values: Float64Array,
  isHoliday: Uint8Array,
  i: number,
  window: Float64Array,
  o: typeof RISING,
): { median: number; score: number; n: number } | null {
  const value = values[i] ?? 0;
  let n = 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (let j = i - 7; j >= 0 && n < o.weeks; j -= 7) {
    if (isHoliday[j]) continue;
    const v = values[j] ?? 0;
    window[n++] = v;
    if (v < lowest) lowest = v;
  }
  // Most days are near their baseline: under minRatio times the window's
  // lowest day they are under minRatio times its median too, no sorting needed.
  if (n < o.minBaseline || value < lowest * o.minRatio) return null;
  const { median, spread } = robustCentre(window.subarray(0, n));
  const score = (value - median) / Math.max(spread, Math.sqrt(Math.max(median, 1)));
  if (score < o.threshold || value < median * o.minRatio) return null;
  return { median, score: round2(score), n };
}

function judgeHoliday(
  day: string,
  value: number,
  valueOn: (day: string) => number | undefined,
  o: typeof RISING & RisingOptions,
): Alert | null {
  const reference = sameHolidayYearBefore(day, o.holidays);
  const known = reference.map(valueOn).filter((v) => v !== undefined);
  if (known.length === 0 || known.length < reference.length) return null;
  const { median: baseline, spread } = robustCentre(known);
  // One year's holiday is a handful of days, as noisy as the day judged: the
  // spread is at least a difference of two counts', and a share of the level.
  const scale = Math.max(spread, Math.sqrt(value + baseline), HOLIDAY_RELATIVE_SCALE * baseline);
  const score = (value - baseline) / scale;
  if (score < o.threshold || value < baseline * o.minRatio) return null;
  const holiday = holidayOf(day, o.holidays)?.name ?? '';
  const fields = { day, value, baseline, score: round2(score) };
  const [first = '', last = ''] = [reference[0], reference.at(-1)];
  const reason = holidayRisingReason({ ...fields, weeks: 0, holiday, first, last });
  return { kind: 'rising', ...fields, reason };
}

export type ShiftOptions = {
  /** Days whose share is compared (the recent window, ending on the judged day). */
  recentDays?: number;
  /** Days before the recent window that make the baseline share. */
  baselineDays?: number;
  /** Fewest comments in each window. */
  minCount?: number;
  /** Smallest rise of the share that matters (0.15 = 15 points). */
  minShift?: number;
  /** Two-proportion z-score from which the rise is flagged. */
  threshold?: number;
  from?: string;
};

const SHIFT = { recentDays: 7, baselineDays: 28, minCount: 10, minShift: 0.15, threshold: 3 };

/**
 * A rising share of "Không đồng tình" among stance-bearing comments: the
 * share over the last `recentDays` against the `baselineDays` before, by a
 * two-proportion z-score, with minimum counts and a minimum rise. One alert
 * per shift, on the first day it is clear (the days after it that still
 * qualify belong to the same shift).
 */
export function detectNegativeShift(
  agree: readonly DailyPoint[],
  disagree: readonly DailyPoint[],
  opts: ShiftOptions = {},
): Alert[] {
  const o = { ...SHIFT, ...opts };
  const days = [...agree, ...disagree].map((p) => p.day).sort();
  const [from, to] = [days[0], days.at(-1)];
  if (!from || !to) return [];
  const a = prefixSums(denseSeries(agree, from, to).values);
  const d = prefixSums(denseSeries(disagree, from, to).values);
  const sum = (p: Float64Array, lo: number, hi: number) => (p[hi] ?? 0) - (p[Math.max(lo, 0)] ?? 0);
  const start = Math.max(
    o.recentDays + o.baselineDays - 1,
    o.from ? dayNumber(o.from) - dayNumber(from) : 0,
  );
  const alerts: Alert[] = [];
  let inShift = false;
  for (let i = start; i < a.length - 1; i++) {
    const [recentLo, baseLo] = [i + 1 - o.recentDays, i + 1 - o.recentDays - o.baselineDays];
    const dr = sum(d, recentLo, i + 1);
    const nr = dr + sum(a, recentLo, i + 1);
    const db = sum(d, baseLo, recentLo);
    const nb = db + sum(a, baseLo, recentLo);
    const score = nr >= o.minCount && nb >= o.minCount ? twoProportionZ(dr, nr, db, nb) : 0;
    const [share, baselineShare] = [dr / Math.max(nr, 1), db / Math.max(nb, 1)];
    const shifted = score >= o.threshold && share - baselineShare >= o.minShift;
    if (shifted && !inShift) {
      const day = addDays(from, i);
      const reason = negativeShiftReason({
        ...o,
        day,
        share,
        baselineShare,
        disagree: dr,
        total: nr,
        score,
      });
      const [value, baseline] = [round2(share * 100), round2(baselineShare * 100)];
      alerts.push({ kind: 'negative', day, value, baseline, score: round2(score), reason });
    }
    inShift = shifted;
  }
  return alerts;
}

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, i) => {
    out[i + 1] = (out[i] ?? 0) + v;
  });
  return out;
}

function twoProportionZ(x1: number, n1: number, x0: number, n0: number): number {
  const pooled = (x1 + x0) / (n1 + n0);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  // Every comment on one side in both windows: no spread, no evidence of a shift.
  return se > 0 ? (x1 / n1 - x0 / n0) / se : 0;
}
