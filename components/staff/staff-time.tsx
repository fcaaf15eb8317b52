import { formatStaffDateTime } from './format';

/** A <time> showing "dd/mm/yyyy HH:mm" in Hanoi time, machine-readable as ISO. */
export function StaffTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  return <time dateTime={date.toISOString()}>{formatStaffDateTime(date)}</time>;
}
