import {
  type CommentWindow,
  closingInstant,
  DAY_MS,
  openingInstant,
  vnDayStart,
  vnDayStartOf,
  wholeDaysOpen,
} from './comment-window';
import { type DocumentType, type MinimumDays, minimumDaysFor } from './document-types';
import { type ExtraHoliday, type HolidayDays, vietnamPublicHolidays } from './holidays';

export type WindowGuardInput = CommentWindow & {
  type: DocumentType;
  /** Configured minimum per document type; unset types get 20 days. */
  minimumDays?: MinimumDays;
  /** Days off the government declares for a given year, beyond the fixed holidays. */
  extraHolidays?: readonly ExtraHoliday[];
};

export type WindowGuard = {
  /** Whole Vietnamese calendar days the window is open. */
  days: number;
  minimumDays: number;
  /** Shorter than the minimum: the approver must give a written reason. */
  belowMinimum: boolean;
  /** Public holidays the window touches, with the dates it touches. */
  holidays: HolidayDays[];
  /** How many distinct holiday dates the window touches. */
  holidayDays: number;
  /** The closing time moved on by as many days as holidays took (and holidays that move lands on); null without holidays. */
  suggestedClosesAt: Date | null;
};

/** Holidays on the Vietnamese days from the one starting at `firstDay` to the one holding `to` (exclusive). */
function holidayDatesBetween(firstDay: number, to: number, extra: readonly ExtraHoliday[]) {
  const years = [];
  for (let y = new Date(firstDay).getUTCFullYear(); y <= new Date(to).getUTCFullYear() + 1; y++) {
    years.push(y);
  }
  return vietnamPublicHolidays(years, extra)
    .map(({ name, dates }) => ({
      name,
      dates: dates.filter((d) => vnDayStartOf(d) >= firstDay && vnDayStartOf(d) < to),
    }))
    .filter((h) => h.dates.length > 0);
}

const distinctDates = (holidays: HolidayDays[]) => new Set(holidays.flatMap((h) => h.dates)).size;

/** Adds a day per holiday date covered, again for holidays the added days reach (Tết after 30/4). */
function extendPastHolidays(closesAt: Date, count: number, extra: readonly ExtraHoliday[]): Date {
  let end = closingInstant({ closesAt }).getTime();
  let owed = count;
  while (owed > 0) {
    const next = end + owed * DAY_MS;
    // Only days the window did not reach before: the closing day itself was counted.
    const firstNewDay = vnDayStart(end) === end ? end : vnDayStart(end) + DAY_MS;
    owed = distinctDates(holidayDatesBetween(firstNewDay, next, extra));
    end = next;
  }
  return new Date(end - closingInstant({ closesAt }).getTime() + closesAt.getTime());
}

/**
 * Checks a comment window before it is approved: its length in whole days
 * (Vietnam time) against the minimum for the document type, and the public
 * holidays it overlaps (Tết by the lunar calendar), with a closing date
 * moved on by the holiday days. Throws a RangeError when the window closes
 * before it opens.
 */
export function windowGuard(input: WindowGuardInput): WindowGuard {
  const opens = openingInstant(input).getTime();
  const closes = closingInstant(input).getTime();
  if (closes <= opens) throw new RangeError('The comment window closes before it opens');
  const extra = input.extraHolidays ?? [];
  const days = wholeDaysOpen(input);
  const minimumDays = minimumDaysFor(input.type, input.minimumDays);
  const holidays = holidayDatesBetween(vnDayStart(opens), closes, extra);
  const holidayDays = distinctDates(holidays);
  return {
    days,
    minimumDays,
    belowMinimum: days < minimumDays,
    holidays,
    holidayDays,
    suggestedClosesAt:
      holidayDays > 0 ? extendPastHolidays(input.closesAt, holidayDays, extra) : null,
  };
}

/**
 * Why the approver cannot approve this window as it stands, in Vietnamese;
 * null when they can. Going below the minimum needs a written reason.
 */
export function windowApprovalProblem(guard: WindowGuard, reason: string): string | null {
  if (!guard.belowMinimum || reason.trim() !== '') return null;
  return `Thời gian lấy ý kiến là ${guard.days} ngày, ít hơn mức tối thiểu ${guard.minimumDays} ngày: cần nêu lý do.`;
}
