/**
 * Dates typed by staff as Vietnamese write them, in Vietnam time
 * (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975), so the
 * browser's language never decides whether 03/04 is March or April.
 */
const OFFSET_HOURS = 7;

/** "27/04/2024 09:05", the form read back here: written by date.ts, like every date shown. */
export { formatVnDateTime } from './date';

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** The pattern attribute for a "dd/mm/yyyy HH:mm" text input. */
export const VN_DATE_TIME_PATTERN = '\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s*';
/** The pattern attribute for a "dd/mm/yyyy" text input. */
export const VN_DATE_PATTERN = '\\d{1,2}/\\d{1,2}/\\d{4}';

function build(y: number, mo: number, d: number, h: number, mi: number, sec = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return null;
  const utc = new Date(Date.UTC(y, mo - 1, d, h - OFFSET_HOURS, mi, sec));
  // Date.UTC rolls 31/02 over into March: compare the calendar date back.
  const local = new Date(utc.getTime() + OFFSET_HOURS * 3_600_000);
  if (local.getUTCDate() !== d || local.getUTCMonth() !== mo - 1) return null;
  return utc;
}

/**
 * "27/04/2024 09:05" (Vietnam time) to an instant; null when not a real date
 * and time. Seconds ("09:05:30") are accepted for scripts and tests.
 */
export function parseVnDateTime(text: string): Date | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [d, mo, y, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0));
  return build(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, sec ?? 0);
}

/** "27/04/2024" to the instant that day starts in Vietnam; null when not a real date. */
export function parseVnDate(text: string): Date | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [, d, mo, y] = m.map(Number) as [number, number, number, number];
  return build(y, mo, d, 0, 0);
}

/** The instant the Vietnamese day after `dayStart` starts (for inclusive "to" dates). */
export function nextVnDay(dayStart: Date): Date {
  return new Date(dayStart.getTime() + 86_400_000);
}

/**
 * A "from day / to day" filter typed as dd/mm/yyyy (Vietnam time): the
 * inclusive start, the exclusive end (the day after "to"), and which of the
 * two fields ("tu", "den") could not be read and were left out.
 */
export function readVnDayRange(
  tu?: string,
  den?: string,
): {
  from?: Date;
  to?: Date;
  badDates: ('tu' | 'den')[];
} {
  const from = tu ? parseVnDate(tu) : null;
  const toDay = den ? parseVnDate(den) : null;
  const badDates: ('tu' | 'den')[] = [];
  if (tu && !from) badDates.push('tu');
  if (den && !toDay) badDates.push('den');
  return { from: from ?? undefined, to: toDay ? nextVnDay(toDay) : undefined, badDates };
}
