/**
 * Time slices for finding the newest matches of a query. Pure: no database.
 *
 * A common word is in a quarter of the archive or more, and only its newest
 * matches are ranked (MAX_CANDIDATES): asking the index for the newest days
 * first finds them without visiting the rest. Each slice reaches further
 * back, four times as far as the one before, and the last has no lower
 * bound, so a rare word still finds every match, however old.
 */

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2000, 0, 1);

/** How far back each slice reaches, in days, before the last one (everything older). */
export const SLICE_DAYS = [30, 120, 480] as const;

/**
 * One slice: matches published on or after the start of `fromDay` (a key
 * of the search index) and before `before` (checked on the row).
 */
export type Slice = { fromDay: number | undefined; before: Date | undefined };

/** The database's "day" of a time: whole days since 2000-01-01, UTC. */
export function dayOf(time: Date): number {
  return Math.floor((time.getTime() - EPOCH_MS) / DAY_MS);
}

/** When a "day" starts. */
export function dayStart(day: number): Date {
  return new Date(EPOCH_MS + day * DAY_MS);
}

/**
 * The slices to search, newest first, for a date range (the search's own
 * filter; its bounds are also checked on each row). Together they cover the
 * range exactly once: each slice ends where the one before starts.
 */
export function slicesFor(now: Date, range: { from?: Date; until?: Date } = {}): Slice[] {
  const top = range.until && range.until < now ? range.until : now;
  const lowest = range.from ? dayOf(range.from) : undefined;
  const starts = SLICE_DAYS.map((days) => dayOf(top) + 1 - days).filter(
    (start) => lowest === undefined || start > lowest,
  );
  const slices: Slice[] = [];
  let before: Date | undefined;
  for (const start of [...starts, lowest]) {
    slices.push({ fromDay: start, before });
    if (start !== undefined) before = dayStart(start);
  }
  return slices;
}
