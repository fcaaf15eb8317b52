import { dayName, dayNumber } from './days';
import { type HolidayOptions, holidayOf } from './holidays';

/**
 * One day of a daily series: `day` is a calendar date in Vietnam time
 * ("2027-02-05"), `value` a count (views, searches, comments) for that day.
 */
export type DailyPoint = { day: string; value: number };

export { addDays, dayName, dayNumber, dayRange, daysBetween, weekday } from './days';
export {
  type HolidayMark,
  type HolidayOptions,
  holidayFlags,
  holidayOf,
  holidayOn,
  sameHolidayYearBefore,
} from './holidays';

/**
 * The series as one count per day: `values[i]` is day number `start + i`,
 * a day without a point being 0 and two points of one day added up, from
 * `from` (default: its first day) to `to` (default: its last); points
 * outside are left out. The analyses work on this, making no object per day.
 */
export function denseSeries(
  series: readonly DailyPoint[],
  from?: string,
  to?: string,
): { start: number; values: Float64Array } {
  const numbers = new Float64Array(series.length);
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  series.forEach((p, i) => {
    const n = dayNumber(p.day);
    numbers[i] = n;
    if (n < first) first = n;
    if (n > last) last = n;
  });
  const start = from !== undefined ? dayNumber(from) : first;
  const end = to !== undefined ? dayNumber(to) : last;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
    return { start: 0, values: new Float64Array(0) };
  }
  const values = new Float64Array(end - start + 1);
  series.forEach((p, i) => {
    const k = (numbers[i] ?? 0) - start;
    if (k >= 0 && k < values.length) values[k] = (values[k] ?? 0) + p.value;
  });
  return { start, values };
}

/**
 * The series sorted, one point per day from `from` (default: its first day)
 * to `to` (default: its last), a day without a count being 0: rollups store
 * only days that had something. Two points for one day are added up; points
 * outside `from`..`to` are left out.
 */
export function fillDays(series: readonly DailyPoint[], from?: string, to?: string): DailyPoint[] {
  const { start, values } = denseSeries(series, from, to);
  return Array.from(values, (value, i) => ({ day: dayName(start + i), value }));
}

/**
 * Indexes of the `weeks` days before `index` that fall on its weekday, nearest
 * first, skipping those `skip` rejects (holidays): the baseline a day is
 * compared with, since Monday's reading is not Sunday's. `series` must be
 * filled (one point per day).
 */
export function sameWeekdayWindow(
  series: readonly DailyPoint[],
  index: number,
  weeks: number,
  skip: (day: string) => boolean = () => false,
): number[] {
  const found: number[] = [];
  for (let i = index - 7; i >= 0 && found.length < weeks; i -= 7) {
    const point = series[i];
    if (point && !skip(point.day)) found.push(i);
  }
  return found;
}

/** The series with each point's holiday, null on ordinary days. */
export function markHolidays(
  series: readonly DailyPoint[],
  options: HolidayOptions = {},
): (DailyPoint & { holiday: string | null })[] {
  return series.map((p) => ({ ...p, holiday: holidayOf(p.day, options)?.name ?? null }));
}
