/**
 * Dates as Vietnamese readers expect them: dd/mm/yyyy in Hanoi time,
 * whatever the server's own time zone is. Built from formatToParts so the
 * output does not depend on how a given ICU version punctuates vi-VN.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type Parts = { day: string; month: string; year: string; hour: string; minute: string };

function partsOf(value: Date | string): Parts {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  const out: Parts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of formatter.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof Parts] = part.value;
  }
  return out;
}

/** "27/04/2024": the calendar date in Hanoi. Accepts a Date or an ISO string. */
export function formatDate(value: Date | string): string {
  const p = partsOf(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "01:30 27/04/2024": time and date in Hanoi, for update notes. */
export function formatDateTime(value: Date | string): string {
  const p = partsOf(value);
  return `${p.hour}:${p.minute} ${formatDate(value)}`;
}

/**
 * "27/04/2024 09:05": date then time in Hanoi, on staff screens and in
 * exports, the form staff type times in (parseVnDateTime reads it back).
 */
export function formatVnDateTime(value: Date | string): string {
  const p = partsOf(value);
  return `${formatDate(value)} ${p.hour}:${p.minute}`;
}

/** "2024-04-27": the Hanoi calendar date for a <time dateTime> attribute. */
export function isoDateInHanoi(value: Date | string): string {
  const p = partsOf(value);
  return `${p.year}-${p.month}-${p.day}`;
}
