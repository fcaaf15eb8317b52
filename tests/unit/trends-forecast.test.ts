import { describe, expect, it } from 'vitest';
import { etsPath, fitModel } from '../../lib/trends/ets';
import { forecast } from '../../lib/trends/forecast';
import {
  addDays,
  type DailyPoint,
  dayRange,
  daysBetween,
  holidayOf,
  weekday,
} from '../../lib/trends/series';
import { poisson, seededRandom } from '../../scripts/lib/trends-synthetic';

const WEEK = [40, 100, 110, 105, 100, 95, 45];
const FROM = '2025-01-01';

/** The weekly pattern times a linear trend (+`growth` a year); Poisson noise when `seed` is given. */
function expected(day: string, growth: number): number {
  const years = daysBetween(FROM, day) / 365;
  return (WEEK[weekday(day)] ?? 0) * (1 + growth * years);
}

function series(to: string, growth: number, seed?: number, edit = (_d: string, v: number) => v) {
  const random = seededRandom(seed ?? 1);
  return dayRange(FROM, to).map((day) => {
    const mean = edit(day, expected(day, growth));
    return { day, value: seed === undefined ? mean : poisson(random, mean) };
  });
}

const mae = (actual: DailyPoint[], predicted: number[]) =>
  actual.reduce((sum, p, i) => sum + Math.abs(p.value - (predicted[i] ?? 0)), 0) / actual.length;

describe('forecast', () => {
  it('continues a clean weekly pattern and trend, day by day after the last day', () => {
    const history = series('2026-06-30', 0.4);
    const next = forecast(history);
    expect(next).toHaveLength(14);
    expect(next.map((p) => p.day)).toEqual(dayRange('2026-07-01', '2026-07-14'));
    // Within 4 %: the pattern scales with the trend, which an additive season follows with a lag.
    for (const p of next) {
      expect(Math.abs(p.mean / expected(p.day, 0.4) - 1)).toBeLessThan(0.04);
    }
  });

  it('beats the seasonal-naive forecast on noisy counts by more than 15 % (MAE)', () => {
    let [model, naive] = [0, 0];
    for (let seed = 1; seed <= 12; seed++) {
      const all = series('2026-10-14', 0.3, seed);
      const [history, future] = [all.slice(0, -14), all.slice(-14)];
      model += mae(
        future,
        forecast(history).map((p) => p.mean),
      );
      naive += mae(
        future,
        future.map((_, h) => history[history.length - 7 + (h % 7)]?.value ?? 0),
      );
    }
    expect(model / naive).toBeLessThan(0.85);
  });

  it('gives 80 % and 95 % intervals that nest, widen with the horizon and cover the truth', () => {
    let [inside80, inside95, n] = [0, 0, 0];
    for (let seed = 1; seed <= 30; seed++) {
      const all = series('2026-10-14', 0.3, seed);
      const next = forecast(all.slice(0, -14));
      for (const p of next) {
        expect(p.lo95).toBeLessThanOrEqual(p.lo80);
        expect(p.lo80).toBeLessThanOrEqual(p.mean);
        expect(p.mean).toBeLessThanOrEqual(p.hi80);
        expect(p.hi80).toBeLessThanOrEqual(p.hi95);
      }
      const width = (p?: { lo95: number; hi95: number }) => (p ? p.hi95 - p.lo95 : 0);
      // Same weekday, a week apart: the later one is less certain.
      expect(width(next[13])).toBeGreaterThan(width(next[6]));
      all.slice(-14).forEach((actual, h) => {
        const p = next[h];
        if (!p) return;
        n++;
        if (actual.value >= p.lo80 && actual.value <= p.hi80) inside80++;
        if (actual.value >= p.lo95 && actual.value <= p.hi95) inside95++;
      });
    }
    expect(inside80 / n).toBeGreaterThan(0.7);
    expect(inside95 / n).toBeGreaterThan(0.88);
    expect(inside95 / n).toBeLessThan(1);
  });

  it('never forecasts a negative count, even for a series falling to zero', () => {
    const falling = series('2026-03-31', -0.75, 3);
    const next = forecast(falling, 60);
    expect(next[59]?.mean).toBeLessThan(20);
    for (const p of next) expect(Math.min(p.mean, p.lo80, p.lo95)).toBeGreaterThanOrEqual(0);
  });

  it('expects Tết to move the count as it did last year, not like an ordinary week', () => {
    const tetDip = (day: string, v: number) => (holidayOf(day) ? v * 0.3 : v);
    const history = series('2026-02-10', 0, 5, tetDip);
    const next = forecast(history, 14);
    const tetDay = next.find((p) => p.day === '2026-02-17');
    const ordinaryTuesday = next.find((p) => p.day === '2026-02-24');
    expect(tetDay?.mean).toBeLessThan(45);
    expect(ordinaryTuesday?.mean).toBeGreaterThan(90);
  });

  it('is not taught a wrong weekly pattern by last Tết (holidays are skipped when fitting)', () => {
    const tetZero = (day: string, v: number) => (holidayOf(day) ? 0 : v);
    const next = forecast(series('2026-02-28', 0, 2, tetZero), 7);
    for (const p of next) expect(Math.abs(p.mean - expected(p.day, 0))).toBeLessThan(20);
  });

  it('fills missing days with 0 and answers short and empty series', () => {
    const gappy = series('2026-06-30', 0).filter((p) => weekday(p.day) !== 0);
    const sundays = forecast(gappy).filter((p) => weekday(p.day) === 0);
    for (const p of sundays) expect(p.mean).toBeLessThan(10);
    expect(forecast([])).toEqual([]);
    const short = forecast([
      { day: '2026-07-01', value: 10 },
      { day: '2026-07-03', value: 20 },
    ]);
    expect(short.map((p) => p.day)).toEqual(dayRange('2026-07-04', addDays('2026-07-04', 13)));
    expect(short[0]?.mean).toBe(10);
    expect(short[13]?.hi95).toBeGreaterThan(short[0]?.hi95 ?? 0);
  });
});

describe('ETS(A,Ad,A) fit', () => {
  it('chooses a light touch on steady noise and a one-step spread equal to the residuals', () => {
    const y = Float64Array.from(series('2026-06-30', 0, 9).slice(-182), (p) => p.value);
    const model = fitModel(y, new Uint8Array(y.length));
    expect(model?.params.alpha).toBeLessThanOrEqual(0.1);
    const path = etsPath(model!, y.length, 8);
    expect(path[0]?.sd).toBeCloseTo(Math.sqrt((model?.sse ?? 0) / (model?.count ?? 1)), 6);
    for (let h = 1; h < path.length; h++) {
      expect(path[h]?.sd).toBeGreaterThanOrEqual(path[h - 1]?.sd ?? 0);
    }
  });
});
