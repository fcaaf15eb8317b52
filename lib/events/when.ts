import { formatDate, formatDateTime } from '../text/date';

/**
 * When an event takes place, in Vietnam time, as a reader says it:
 * "08:30–11:00, 15/06/2026", or "08:30 15/06/2026 – 17:00 16/06/2026" over
 * several days, or "08:30, 15/06/2026" without an end.
 */
export function whenText(startsAt: string, endsAt: string | null): string {
  const start = formatDateTime(startsAt); // "08:30 15/06/2026"
  const [startTime, startDay] = start.split(' ');
  if (!endsAt) return `${startTime}, ${startDay}`;
  const end = formatDateTime(endsAt);
  const [endTime, endDay] = end.split(' ');
  if (startDay === endDay) return `${startTime}–${endTime}, ${startDay}`;
  return `${start} – ${end}`;
}

/** "15/06/2026": the day an event starts, in Vietnam. */
export function dayText(startsAt: string): string {
  return formatDate(startsAt);
}
