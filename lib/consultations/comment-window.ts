/**
 * A comment window in Vietnam time (UTC+7 all year). Times are stated to
 * the minute, and a stated closing minute is included whole: a window
 * closing "23:59 on 30/06" accepts comments until 23:59:59.999 that day.
 */

export type CommentWindow = { opensAt: Date; closesAt: Date };

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

const floorTo = (t: number, unit: number, offset = 0) =>
  Math.floor((t + offset) / unit) * unit - offset;

/** When comments start being accepted: the start of the stated opening minute. */
export function openingInstant(window: Pick<CommentWindow, 'opensAt'>): Date {
  return new Date(floorTo(window.opensAt.getTime(), MINUTE_MS));
}

/** The first instant comments are refused: the end of the stated closing minute. */
export function closingInstant(window: Pick<CommentWindow, 'closesAt'>): Date {
  return new Date(floorTo(window.closesAt.getTime(), MINUTE_MS) + MINUTE_MS);
}

/** True while a comment sent at `now` is on time. */
export function isOpen(window: CommentWindow, now: Date): boolean {
  const t = now.getTime();
  return t >= openingInstant(window).getTime() && t < closingInstant(window).getTime();
}

/** Where `now` stands against the window: before, during, after. */
export function windowPhase(window: CommentWindow, now: Date): 'upcoming' | 'open' | 'closed' {
  if (now.getTime() < openingInstant(window).getTime()) return 'upcoming';
  return isOpen(window, now) ? 'open' : 'closed';
}

/** The instant the Vietnamese calendar day holding `t` starts. */
export function vnDayStart(t: number): number {
  return floorTo(t, DAY_MS, VN_OFFSET_MS);
}

/** "2026-06-30": the Vietnamese calendar date of a day's start. */
export function vnDate(dayStart: number): string {
  return new Date(dayStart + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The start of a Vietnamese calendar date given as "2026-06-30". */
export function vnDayStartOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - VN_OFFSET_MS;
}

/**
 * Whole days open: the Vietnamese calendar days on which comments can be
 * sent from midnight to midnight. A window posted at 08:00 on 01/06 and
 * closing at 23:59 on 30/06 has 29 (the day of posting is not a whole day).
 */
export function wholeDaysOpen(window: CommentWindow): number {
  const opens = openingInstant(window).getTime();
  const firstWhole = vnDayStart(opens) === opens ? opens : vnDayStart(opens) + DAY_MS;
  const lastEnd = vnDayStart(closingInstant(window).getTime());
  return Math.max(0, Math.round((lastEnd - firstWhole) / DAY_MS));
}
