import { etsPath, fitModel, PERIOD } from './ets';
import { holidayFactor } from './holiday-effect';
import {
  addDays,
  type DailyPoint,
  dayName,
  denseSeries,
  type HolidayOptions,
  holidayFlags,
  holidayOn,
} from './series';

const Z80 = 1.2816;
const Z95 = 1.96;

/** One forecast day: the expected count and its 80 % and 95 % prediction intervals. */
export type ForecastPoint = {
  day: string;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
};

export type ForecastOptions = {
  /** Days at the end of the series the model is fitted on. */
  fitDays?: number;
  holidays?: HolidayOptions;
};

/**
 * The next `horizon` days of a daily count, from additive damped
 * Holt-Winters with a weekly season (ETS(A,Ad,A)), its smoothing constants
 * chosen on the last `fitDays` days by one-step squared error, public
 * holidays treated as missing, and a holiday ahead moved as the same holiday
 * moved the series a year earlier. Intervals come from the model's residual
 * variance and widen with the horizon. Counts cannot be negative: means and
 * bounds stop at 0. Under three weeks of data: the mean and its spread.
 */
export function forecast(
  series: readonly DailyPoint[],
  horizon = 14,
  opts: ForecastOptions = {},
): ForecastPoint[] {
  const dense = denseSeries(series);
  const y = dense.values.slice(-(opts.fitDays ?? 26 * PERIOD));
  if (y.length === 0) return [];
  const start = dense.start + dense.values.length - y.length;
  const lastDay = dayName(start + y.length - 1);
  const skip = holidayFlags(start, y.length, opts.holidays);
  const best = y.length >= 3 * PERIOD ? fitModel(y, skip) : null;
  if (!best || best.count === 0) return flatForecast(y, lastDay, horizon);
  return etsPath(best, y.length, horizon).map(({ level, mean, sd }, i) => {
    const day = start + y.length + i;
    // A holiday ahead: last year's same holiday says how far it moves the
    // week's level (Tết reads at a third); the weekday no longer matters.
    const factor = holidayOn(day, opts.holidays)
      ? holidayFactor(dense.values, dense.start, day, opts.holidays)
      : null;
    return point(dayName(day), factor === null ? mean : level * factor, sd);
  });
}

function point(day: string, mean: number, sd: number): ForecastPoint {
  const floor = (x: number) => Math.max(0, x);
  return {
    day,
    mean: floor(mean),
    lo80: floor(mean - Z80 * sd),
    hi80: floor(mean + Z80 * sd),
    lo95: floor(mean - Z95 * sd),
    hi95: floor(mean + Z95 * sd),
  };
}

/** Under three weeks there is no weekly pattern to learn: the mean, and its spread. */
function flatForecast(y: Float64Array, lastDay: string, horizon: number): ForecastPoint[] {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? y.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : mean;
  const sd = Math.sqrt(Math.max(variance, mean, 0));
  return Array.from({ length: horizon }, (_, i) =>
    point(addDays(lastDay, i + 1), mean, sd * Math.sqrt(1 + (i + 1) / n)),
  );
}
