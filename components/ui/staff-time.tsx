import { formatVnDateTime } from '@/lib/text/date';

/** A <time> showing "dd/mm/yyyy HH:mm" in Hanoi time, machine-readable as ISO. */
export function StaffTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  return <time dateTime={date.toISOString()}>{formatVnDateTime(date)}</time>;
}
