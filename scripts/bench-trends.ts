// `npm run bench:trends [count]`: the proof that lib/trends detects and
// forecasts, on generated series whose truth is known (scripts/lib/
// trends-synthetic.ts, fixed seed): two years of daily counts with a weekly
// pattern, a trend, Vietnamese holidays (Tết included; one series in four
// read more on holidays) and injected spikes, and sparse near-zero series.
// Prints detection precision and recall on the spikes (target >= 0.9 each),
// alerts on sparse series without a spike (target 0), forecast MASE against
// the seasonal-naive forecast (target: at least 15 % better, over all
// horizons and over those without a holiday), and the wall and CPU time
// to analyse `count` (default 5,000) series. Exits 1 when a target is missed.
import { cpus, loadavg } from 'node:os';
import { detectRising } from '../lib/trends/detect';
import { forecast } from '../lib/trends/forecast';
import { type DailyPoint, holidayOf } from '../lib/trends/series';
import { type SyntheticSeries, syntheticPortfolio } from './lib/trends-synthetic';

const COUNT = Number(process.argv[2] ?? 5_000);
const SEED = 20_270_205;
const HORIZON = 14;
const log = (line: string) => console.log(`[bench:trends] ${line}`);
const fixed = (x: number, d = 3) => x.toFixed(d);

function detection(portfolio: SyntheticSeries[]) {
  let [truePositives, alerts, spikes, found, sparseQuietAlerts, sparseQuiet] = [0, 0, 0, 0, 0, 0];
  let [sparseSpikes, sparseFound] = [0, 0];
  for (const s of portfolio) {
    const days = new Set(detectRising(s.points).map((a) => a.day));
    const spikeDays = new Set(s.spikes);
    alerts += days.size;
    for (const day of days) if (spikeDays.has(day)) truePositives++;
    spikes += spikeDays.size;
    for (const day of spikeDays) if (days.has(day)) found++;
    if (s.sparse) {
      sparseSpikes += spikeDays.size;
      for (const day of spikeDays) if (days.has(day)) sparseFound++;
    }
    if (s.sparse && s.spikes.length === 0) {
      sparseQuiet++;
      sparseQuietAlerts += days.size;
    }
  }
  return {
    precision: alerts ? truePositives / alerts : 1,
    recall: spikes ? found / spikes : 1,
    alerts,
    spikes,
    sparseQuiet,
    sparseQuietAlerts,
    sparseRecall: sparseSpikes ? sparseFound / sparseSpikes : 1,
    sparseSpikes,
  };
}

/** Mean absolute error of the in-sample seasonal-naive forecast: MASE's scale. */
function naiveScale(train: readonly DailyPoint[]): number {
  let sum = 0;
  for (let i = 7; i < train.length; i++) sum += Math.abs(train[i]!.value - train[i - 7]!.value);
  return sum / Math.max(1, train.length - 7);
}

/**
 * MASE of the model and of the seasonal-naive forecast (last week again)
 * over 14-day horizons from six origins in the second year, ordinary
 * (non-sparse) series only: over all horizons, and over those with no
 * holiday in them or in the week before (where the seasonal-naive forecast
 * is not handicapped by knowing nothing of holidays).
 */
function accuracy(portfolio: SyntheticSeries[]) {
  const all = { model: 0, naive: 0, n: 0 };
  const ordinary = { model: 0, naive: 0, n: 0 };
  for (const s of portfolio.filter((x) => !x.sparse).slice(0, 1_000)) {
    for (let origin = 400; origin + HORIZON <= s.points.length; origin += 56) {
      const train = s.points.slice(0, origin);
      const test = s.points.slice(origin, origin + HORIZON);
      const scale = naiveScale(train);
      if (scale === 0) continue;
      const predicted = forecast(train, HORIZON);
      let [errModel, errNaive] = [0, 0];
      test.forEach((p, h) => {
        errModel += Math.abs(p.value - (predicted[h]?.mean ?? 0));
        errNaive += Math.abs(p.value - train[train.length - 7 + (h % 7)]!.value);
      });
      const touched = [...train.slice(-7), ...test].some((p) => holidayOf(p.day));
      for (const sum of touched ? [all] : [all, ordinary]) {
        sum.model += errModel / HORIZON / scale;
        sum.naive += errNaive / HORIZON / scale;
        sum.n++;
      }
    }
  }
  const mase = (x: typeof all) => ({ model: x.model / x.n, naive: x.naive / x.n, origins: x.n });
  return { all: mase(all), ordinary: mase(ordinary) };
}

/** Share of actual counts inside the 80 % and 95 % intervals, holidays left out. */
function coverage(portfolio: SyntheticSeries[]) {
  let [in80, in95, n] = [0, 0, 0];
  for (const s of portfolio.filter((x) => !x.sparse).slice(0, 1_000)) {
    const origin = s.points.length - HORIZON;
    const predicted = forecast(s.points.slice(0, origin), HORIZON);
    s.points.slice(origin).forEach((p, h) => {
      const f = predicted[h];
      if (!f || holidayOf(p.day) || s.spikes.includes(p.day)) return;
      n++;
      if (p.value >= f.lo80 && p.value <= f.hi80) in80++;
      if (p.value >= f.lo95 && p.value <= f.hi95) in95++;
    });
  }
  return { in80: in80 / n, in95: in95 / n };
}

/** Wall and CPU time: on a shared machine the CPU time says more. */
function speed(portfolio: SyntheticSeries[]) {
  const time = (work: () => void) => {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    work();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1_000 };
  };
  const detect = time(() => {
    for (const s of portfolio) detectRising(s.points);
  });
  const predict = time(() => {
    for (const s of portfolio) forecast(s.points, HORIZON);
  });
  return { detect, predict };
}

const generated = performance.now();
const portfolio = syntheticPortfolio(SEED, COUNT);
const days = portfolio[0]?.points.length ?? 0;
log(
  `${COUNT} series of ${days} days (seed ${SEED}), generated in ${Math.round(performance.now() - generated)} ms`,
);

// Warm the holiday calendar and the JIT once, as a server would be.
speed(portfolio.slice(0, 50));
const d = detection(portfolio);
log(`detection: ${d.alerts} alerts, ${d.spikes} injected spikes`);
log(`  precision ${fixed(d.precision)} (target >= 0.9), recall ${fixed(d.recall)} (target >= 0.9)`);
log(`  recall on the ${d.sparseSpikes} spikes of sparse series: ${fixed(d.sparseRecall)}`);
log(
  `  sparse series without a spike: ${d.sparseQuietAlerts} alerts on ${d.sparseQuiet} series (target 0)`,
);
const a = accuracy(portfolio);
const better = 1 - a.all.model / a.all.naive;
const betterOrdinary = 1 - a.ordinary.model / a.ordinary.naive;
log(`forecast, ${HORIZON} days ahead, MASE (model vs seasonal-naive):`);
log(
  `  all ${a.all.origins} horizons: ${fixed(a.all.model)} vs ${fixed(a.all.naive)}, ${fixed(better * 100, 1)} % better (target >= 15 %)`,
);
log(
  `  ${a.ordinary.origins} horizons without a holiday: ${fixed(a.ordinary.model)} vs ${fixed(a.ordinary.naive)}, ${fixed(betterOrdinary * 100, 1)} % better`,
);
const c = coverage(portfolio);
log(
  `  interval coverage on ordinary days: 80 % -> ${fixed(c.in80 * 100, 1)} %, 95 % -> ${fixed(c.in95 * 100, 1)} %`,
);
const t = speed(portfolio);
const ms = (x: { wall: number; cpu: number }) =>
  `${Math.round(x.wall)} ms (CPU ${Math.round(x.cpu)} ms)`;
log(
  `speed, ${COUNT} series of ${days} days: detectRising ${ms(t.detect)}, forecast ${ms(t.predict)}`,
);
log(
  `  load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`,
);

const missed = [
  d.precision < 0.9 && 'precision',
  d.recall < 0.9 && 'recall',
  d.sparseQuietAlerts > 0 && 'sparse alerts',
  (better < 0.15 || betterOrdinary < 0.15) && 'MASE',
].filter(Boolean);
log(missed.length ? `MISSED: ${missed.join(', ')}` : 'all targets met');
process.exitCode = missed.length ? 1 : 0;
