/**
 * Calendar-day arithmetic on "yyyy-mm-dd" strings (Vietnam's calendar dates)
 * and day numbers (days since 1970-01-01), without time zones or Date objects.
 */
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
