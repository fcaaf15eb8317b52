import { type DayRange, daysBetween } from './range';

/** One value a day (the shape lib/trends/series.ts works on). */
export type DayValue = { day: string; value: number };

/** Every day of the range in order, 0 where the rows have none. */
export function fillDays(
  range: DayRange,
  rows: { day: string; value: number | bigint }[],
): DayValue[] {
  const byDay = new Map(rows.map((r) => [r.day, Number(r.value)]));
  return daysBetween(range).map((day) => ({ day, value: byDay.get(day) ?? 0 }));
}
