// Generated daily series whose truth is known, for `npm run bench:trends` and
// the trends unit tests: a weekly pattern, a trend, Vietnamese public
// holidays (Tết by the lunar calendar), injected spikes, and sparse
// near-zero series. Seeded, so every run draws the same series.
import { addDays, type DailyPoint, dayRange, holidayOf, weekday } from '../../lib/trends/series';

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Poisson draw: Knuth's product under 30, a rounded normal above (close enough there). */
export function poisson(random: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda >= 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export type SyntheticSeries = {
  points: DailyPoint[];
  /** What the day would have had with no spike and no noise. */
  expected: number[];
  /** Days a spike was injected on. */
  spikes: string[];
  sparse: boolean;
};

export type SyntheticOptions = {
  from?: string;
  days?: number;
  /** Mean count on an ordinary weekday at the start. */
  level: number;
  /** Relative change of the level over the whole series (0.5 = +50 %). */
  growth?: number;
  /** Holidays multiply the count by this (Tết's reading dip, or a holiday peak). */
  holidayFactor?: number;
  spikes?: number;
  /** Day-to-day noise beyond Poisson (standard deviation of a log-normal factor). */
  dispersion?: number;
  sparse?: boolean;
};

// Ministry news is read on working days: Saturday and Sunday fall off.
const WEEK_SHAPE = [0.55, 1.1, 1.15, 1.1, 1.05, 1.0, 0.6];
// A spike needs this many weeks of history before it so a baseline exists.
const FIRST_SPIKE_DAY = 10 * 7;

/** One generated series; `random` carries the seed across series. */
export function syntheticSeries(random: () => number, o: SyntheticOptions): SyntheticSeries {
  const from = o.from ?? '2025-01-01';
  const days = dayRange(from, addDays(from, (o.days ?? 728) - 1));
  const shape = WEEK_SHAPE.map((w) => w * (1 + 0.1 * normal(random)));
  const expected = days.map((day, i) => {
    const trend = 1 + (o.growth ?? 0) * (i / days.length);
    // On a holiday the whole country is off: its weekday no longer matters.
    const week = holidayOf(day) ? (o.holidayFactor ?? 0.35) : (shape[weekday(day)] ?? 1);
    return o.level * week * trend;
  });
  const spikeDays = new Set<number>();
  for (let tries = 0; spikeDays.size < (o.spikes ?? 0) && tries < 1000; tries++) {
    const i = FIRST_SPIKE_DAY + Math.floor(random() * (days.length - FIRST_SPIKE_DAY));
    const day = days[i];
    // Spikes on ordinary days, a week apart: one event, one alert to find.
    if (!day || holidayOf(day) || [...spikeDays].some((j) => Math.abs(j - i) < 7)) continue;
    spikeDays.add(i);
  }
  const points = days.map((day, i) => {
    const base = expected[i] ?? 0;
    const noisy = base * Math.exp((o.dispersion ?? 0.08) * normal(random));
    const spike = spikeDays.has(i) ? spikeSize(random, base, o.sparse ?? false) : 0;
    return { day, value: poisson(random, noisy + spike) };
  });
  const spikes = [...spikeDays].sort((a, b) => a - b).map((i) => days[i] ?? '');
  return { points, expected, spikes, sparse: o.sparse ?? false };
}

/** What a spike adds: 1.5 to 4 times the usual count, and at least 15 more on a quiet series. */
function spikeSize(random: () => number, base: number, sparse: boolean): number {
  const extra = base * (1.5 + 2.5 * random());
  return sparse ? 15 + 25 * random() : Math.max(extra, 15 + 10 * random());
}

/** The standard mix: ordinary series with spikes and sparse ones with or without. */
export function syntheticPortfolio(seed: number, count: number): SyntheticSeries[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, k) => {
    if (k % 5 === 4) {
      const level = 0.05 + 1.2 * random();
      return syntheticSeries(random, { level, sparse: true, spikes: k % 10 === 4 ? 2 : 0 });
    }
    return syntheticSeries(random, {
      level: Math.exp(Math.log(20) + random() * Math.log(100)),
      growth: -0.3 + 1.1 * random(),
      // One series in four is read more on holidays (a holiday-schedule notice).
      holidayFactor: k % 4 === 1 ? 2.5 : 0.35,
      spikes: 3,
    });
  });
}
