import { vietnamPublicHolidays } from '@/lib/consultations/holidays';

/**
 * One day of a daily series: `day` is a calendar date in Vietnam time
 * ("2027-02-05"), `value` a count (views, searches, comments) for that day.
 */
export type DailyPoint = { day: string; value: number };

const DAY_MS = 86_400_000;
const ZERO = 48;
const DASH = 45;

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a calendar date ("2027-02-05"). Days are counted
 * as UTC midnights so no time zone shifts them. Analysing thousands of
 * two-year series does this millions of times: parsed by hand, and counted
 * with the proleptic Gregorian formula (days_from_civil), no Date made.
 */
export function dayNumber(day: string): number {
  const y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  const shaped = day.length === 10 && day.charCodeAt(4) === DASH && day.charCodeAt(7) === DASH;
  if (!shaped || !(m >= 1 && m <= 12 && d >= 1 && d <= 31)) {
    throw new RangeError(`not a yyyy-mm-dd day: ${day}`);
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const names = new Map<number, string>();

/** The calendar date of a day number ("2027-02-05"). */
export function dayName(n: number): string {
  let name = names.get(n);
  if (name === undefined) {
    name = new Date(n * DAY_MS).toISOString().slice(0, 10);
    names.set(n, name);
  }
  return name;
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return dayName(dayNumber(day) + n);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday, as `Date#getUTCDay` (1970-01-01 was a Thursday). */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** Every day from `from` to `to`, both included. */
export function dayRange(from: string, to: string): string[] {
  const start = dayNumber(from);
  const n = dayNumber(to) - start;
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => dayName(start + i));
}

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

/**
 * A day marked as a public holiday (or one of the days around Tết that behave
 * like one): the holiday's name and which of its days this is, from 0.
 */
export type HolidayMark = { name: string; index: number };

export type HolidayOptions = {
  /**
   * Days before and after the official Tết days that are marked too: the
   * government's Tết break runs longer than the five days the Labour Code
   * names (nine days in 2025 and 2026), and reading drops all through it.
   */
  tetPaddingDays?: number;
};

const TET = 'Tết Nguyên đán';
type YearMarks = { byDay: Map<string, HolidayMark>; byName: Map<string, string[]> };
const cache = new Map<string, YearMarks>();

function holidaysOfYear(year: number, tetPaddingDays: number): YearMarks {
  const key = `${year}:${tetPaddingDays}`;
  const known = cache.get(key);
  if (known) return known;
  const marks: YearMarks = { byDay: new Map(), byName: new Map() };
  for (const { name, dates } of vietnamPublicHolidays([year])) {
    const first = dates[0];
    const last = dates.at(-1);
    const pad = name === TET ? tetPaddingDays : 0;
    const span = first && last ? dayRange(addDays(first, -pad), addDays(last, pad)) : dates;
    span.forEach((day, index) => {
      marks.byDay.set(day, { name, index });
    });
    marks.byName.set(name, span);
  }
  cache.set(key, marks);
  return marks;
}

/**
 * The Vietnamese public holiday `day` falls on (Tết by the lunar calendar,
 * with its padding), or null on an ordinary day.
 */
export function holidayOf(day: string, options: HolidayOptions = {}): HolidayMark | null {
  return holidayOn(dayNumber(day), options);
}

const dayMemo = new Map<number, Map<number, HolidayMark | null>>();

/** holidayOf for a day number: what the analyses ask, millions of times, memoised. */
export function holidayOn(n: number, options: HolidayOptions = {}): HolidayMark | null {
  const pad = options.tetPaddingDays ?? 2;
  let memo = dayMemo.get(pad);
  if (!memo) {
    memo = new Map();
    dayMemo.set(pad, memo);
  }
  let mark = memo.get(n);
  if (mark === undefined) {
    mark = lookUpHoliday(dayName(n), pad);
    memo.set(n, mark);
  }
  return mark;
}

function lookUpHoliday(day: string, pad: number): HolidayMark | null {
  const year = Number(day.slice(0, 4));
  // Tết can start in late January and its padding reach into the next year's
  // calendar: look at both neighbouring years.
  for (const y of [year, year + 1, year - 1]) {
    const mark = holidaysOfYear(y, pad).byDay.get(day);
    if (mark) return mark;
  }
  return null;
}

/**
 * The days of the same holiday a year earlier (last year's Tết, padding
 * included, for a day of this year's Tết), none when `day` is no holiday:
 * a holiday's reading is compared with the holiday's, not with an ordinary week.
 */
export function sameHolidayYearBefore(day: string, options: HolidayOptions = {}): string[] {
  const mark = holidayOf(day, options);
  if (!mark) return [];
  const year = Number(day.slice(0, 4)) - 1;
  const pad = options.tetPaddingDays ?? 2;
  return holidaysOfYear(year, pad).byName.get(mark.name) ?? [];
}

/** The series with each point's holiday, null on ordinary days. */
export function markHolidays(
  series: readonly DailyPoint[],
  options: HolidayOptions = {},
): (DailyPoint & { holiday: string | null })[] {
  return series.map((p) => ({ ...p, holiday: holidayOf(p.day, options)?.name ?? null }));
}
