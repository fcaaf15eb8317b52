import { vietnamPublicHolidays } from '@/lib/consultations/holidays';
import { addDays, dayName, dayNumber, dayRange } from './days';

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

type FlagTable = { from: number; flags: Uint8Array };
const tables = new Map<number, FlagTable>();

/**
 * 1 for each holiday among the `length` days from day number `start`, 0 for
 * the others: a view of one table per padding, grown as needed, so thousands
 * of series over the same years share it instead of asking day by day.
 */
export function holidayFlags(start: number, length: number, options: HolidayOptions = {}) {
  const pad = options.tetPaddingDays ?? 2;
  let table = tables.get(pad);
  if (!table || start < table.from || start + length > table.from + table.flags.length) {
    const from = Math.min(start, table?.from ?? start);
    const to = table ? Math.max(start + length, table.from + table.flags.length) : start + length;
    const flags = new Uint8Array(to - from);
    for (let n = from; n < to; n++) flags[n - from] = holidayOn(n, options) ? 1 : 0;
    table = { from, flags };
    tables.set(pad, table);
  }
  return table.flags.subarray(start - table.from, start - table.from + length);
}
