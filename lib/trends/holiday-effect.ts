import { robustCentre } from './robust';
import {
  dayName,
  dayNumber,
  type HolidayOptions,
  holidayOn,
  sameHolidayYearBefore,
} from './series';

/** Ordinary days before a holiday that give the level it is measured against. */
const LEVEL_DAYS = 28;

/**
 * How a public holiday changed this series a year earlier: the median, over
 * last year's days of the same holiday, of the count divided by the mean of
 * the ordinary days in the four weeks before it (at least one) (0.35: Tết is read at a
 * third of the usual level). Null when the series does not reach back to it
 * or had nothing then. `values[i]` is day number `start + i`.
 */
export function holidayFactor(
  values: Float64Array,
  start: number,
  day: number,
  options: HolidayOptions = {},
): number | null {
  const lastYear = sameHolidayYearBefore(dayName(day), options).map(dayNumber);
  const first = lastYear[0];
  if (first === undefined) return null;
  let sum = 0;
  let count = 0;
  for (let n = Math.max(first - LEVEL_DAYS, start); n < first; n++) {
    if (holidayOn(n, options)) continue;
    sum += values[n - start] ?? 0;
    count++;
  }
  // Under a week of ordinary days before it, the weekly pattern skews the level.
  const level = count >= 7 ? sum / count : 0;
  const ratios = lastYear.filter((n) => n - start < values.length);
  if (level <= 0 || ratios.length < lastYear.length) return null;
  return robustCentre(ratios.map((n) => (values[n - start] ?? 0) / level)).median;
}
