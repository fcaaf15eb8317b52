/**
 * Dates on staff screens: "dd/mm/yyyy HH:mm" in Hanoi time, whatever the
 * server's own zone, so an audit row reads the same for everyone.
 */
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "27/04/2024 09:05" (Asia/Ho_Chi_Minh). */
export function formatStaffDateTime(value: Date | string): string {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(value))) parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
