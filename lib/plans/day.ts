/** A stored calendar day (a DATE column, read as UTC midnight) as "2024-06-30". */
export function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
