import { formatDate, formatDateTime, isoDateInHanoi } from '@/lib/text/date';

/** A date as Vietnamese readers write it (dd/mm/yyyy, Hanoi time), machine-readable too. */
export function DateText({ value, withTime = false }: { value: string; withTime?: boolean }) {
  return (
    <time dateTime={withTime ? value : isoDateInHanoi(value)}>
      {withTime ? formatDateTime(value) : formatDate(value)}
    </time>
  );
}
