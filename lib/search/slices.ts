/**
 * Time slices for finding the newest matches of a query. Pure: no database.
 *
 * A common word is in a quarter of the archive or more, and only its newest
 * matches are ranked (MAX_CANDIDATES): asking the index for the newest days
 * first finds them without visiting the rest. The first slice is the last
 * FIRST_SLICE_DAYS; the database then sizes the next from how many matches
 * that slice held (candidates.ts), and reads the rest of the archive whole
 * only when even that was not enough, or the word is rare.
 */

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2000, 0, 1);

/** The first slice: the newest days, where a common word fills the candidates. */
export const FIRST_SLICE_DAYS = 30;

/**
 * The next slice reaches as far back as the first slice's rate of matches
 * says is needed, and half as far again: a word is not spread evenly.
 */
export const REACH_MARGIN = 1.5;

/**
 * Beyond this many days a slice costs about as much as reading every match
 * of the word (the index gathers each day's rows first): the rest is read
 * whole instead.
 */
export const MAX_REACH_DAYS = 1000;

export type SlicePlan = {
  /** The first slice's first day (a key of the search index). */
  firstDay: number;
  /** The date range's first day, when there is one. */
  lowestDay: number | undefined;
  /** True when the first slice covers the whole date range: no other. */
  single: boolean;
};

/** The database's "day" of a time: whole days since 2000-01-01, UTC. */
export function dayOf(time: Date): number {
  return Math.floor((time.getTime() - EPOCH_MS) / DAY_MS);
}

/** When a "day" starts. */
export function dayStart(day: number): Date {
  return new Date(EPOCH_MS + day * DAY_MS);
}

/**
 * The first slice for a date range (the search's own filter, whose bounds
 * are also checked on each row): the last FIRST_SLICE_DAYS before the
 * range's end (or now), no further back than its start.
 */
export function slicePlan(now: Date, range: { from?: Date; until?: Date } = {}): SlicePlan {
  const top = range.until && range.until < now ? range.until : now;
  const firstDay = dayOf(top) + 1 - FIRST_SLICE_DAYS;
  const lowestDay = range.from ? dayOf(range.from) : undefined;
  if (lowestDay !== undefined && lowestDay >= firstDay) {
    return { firstDay: lowestDay, lowestDay, single: true };
  }
  return { firstDay, lowestDay, single: false };
}
