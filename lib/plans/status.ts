/**
 * Planned against done: whether a planned activity has been carried out,
 * is late or is still to come. Pure, so every case (Vietnam-time day
 * edges included) is reached by unit tests without a database.
 */

export type ActivityStatus = 'DONE' | 'LATE' | 'UPCOMING';

/** What may carry an activity out: a linked article or a linked event. */
export type Evidence =
  | { kind: 'article'; publishedAt: Date | null }
  | { kind: 'event'; publishedAt: Date | null; endsAt: Date };

export type StatusCounts = Record<ActivityStatus, number>;

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a Vietnam calendar day ("2024-06-30") is over: midnight
 * starting the next day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 * Null for anything that is not such a day.
 */
export function vnDayOver(day: string): Date | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(y, mo - 1, d);
  const check = new Date(start);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(start - VN_OFFSET_MS + DAY_MS);
}

/**
 * An article counts once it is public; an event once it is public and has
 * ended (held, not merely announced).
 */
export function carriesOut(evidence: Evidence, now: Date): boolean {
  const t = now.getTime();
  if (!evidence.publishedAt || evidence.publishedAt.getTime() > t) return false;
  return evidence.kind === 'article' || evidence.endsAt.getTime() <= t;
}

/**
 * DONE when something linked carries it out; LATE when its target day (a
 * Vietnam calendar day, the whole of which counts) is over with nothing
 * done; UPCOMING otherwise, including an activity with no target day.
 */
export function activityStatus(
  targetDate: string | null,
  evidence: readonly Evidence[],
  now: Date,
): ActivityStatus {
  if (evidence.some((e) => carriesOut(e, now))) return 'DONE';
  const over = targetDate ? vnDayOver(targetDate) : null;
  return over && now.getTime() >= over.getTime() ? 'LATE' : 'UPCOMING';
}

/** How many activities are in each status (the plan's summary). */
export function countStatuses(statuses: readonly ActivityStatus[]): StatusCounts {
  const counts: StatusCounts = { DONE: 0, LATE: 0, UPCOMING: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** Vietnamese labels for the public page and staff screens. */
export const STATUS_LABELS: Readonly<Record<ActivityStatus, string>> = {
  DONE: 'Đã thực hiện',
  LATE: 'Chậm so với kế hoạch',
  UPCOMING: 'Sắp tới',
};
