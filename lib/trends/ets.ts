// Additive damped Holt-Winters with a weekly season: ETS(A,Ad,A) in
// error-correction form, fitted by a grid over its smoothing constants.
// No maintained npm library offers this with prediction intervals (the
// registry's Holt-Winters packages are unmaintained, fixed-parameter and
// interval-free; "arima" fits SARIMA, slower per series and not ETS).

import { robustCentre } from './robust';

export type Params = { alpha: number; beta: number; gamma: number; phi: number };
export type State = { level: number; trend: number; season: Float64Array };

export const PERIOD = 7;
// One-step errors of the first two weeks mostly measure the initial guess.
const BURN_IN = 2 * PERIOD;
// Candidate smoothing constants: a coarse grid is as good as an optimiser on
// daily counts this noisy, and its cost is known in advance.
const GRID = {
  alpha: [0.02, 0.05, 0.1, 0.2, 0.4],
  beta: [0, 0.003, 0.02],
  gamma: [0.02, 0.06, 0.2],
  phi: [0.9, 0.98],
};

function initialState(y: Float64Array): State {
  const weeks = Math.min(4, Math.floor(y.length / PERIOD));
  const means = Array.from({ length: weeks }, (_, k) => {
    let sum = 0;
    for (let i = 0; i < PERIOD; i++) sum += y[k * PERIOD + i] ?? 0;
    return sum / PERIOD;
  });
  const firstMean = means[0] ?? 0;
  const trend = weeks > 1 ? ((means[weeks - 1] ?? 0) - firstMean) / (PERIOD * (weeks - 1)) : 0;
  const season = new Float64Array(PERIOD);
  for (let k = 0; k < weeks; k++) {
    for (let i = 0; i < PERIOD; i++) {
      season[i] = (season[i] ?? 0) + ((y[k * PERIOD + i] ?? 0) - (means[k] ?? 0)) / weeks;
    }
  }
  // The week's mean sits mid-week: step the level back to just before day 0.
  return { level: firstMean - ((PERIOD + 1) / 2) * trend, trend, season };
}

/**
 * Runs additive damped Holt-Winters (ETS(A,Ad,A)) in error-correction form
 * over `y`, from `init`; a skipped day (a holiday) leaves the states to
 * their own forecast instead of teaching the weekly pattern Tết's dip. An
 * error beyond `limit` is cut to it (a Huber-type robust filter): one day's
 * spike then moves the level, trend and season little, and does not inflate
 * the variance the intervals come from. Returns the sum of squared
 * (cut) one-step errors, how many, and the final state; stops early once
 * the sum passes `bound`.
 */
function run(
  y: Float64Array,
  skip: Uint8Array,
  p: Params,
  init: State,
  limit: number,
  bound = Number.POSITIVE_INFINITY,
) {
  let { level, trend } = init;
  const season = Float64Array.from(init.season);
  let sse = 0;
  let count = 0;
  for (let t = 0; t < y.length; t++) {
    const s = season[t % PERIOD] ?? 0;
    const raw = skip[t] ? 0 : (y[t] ?? 0) - (level + p.phi * trend + s);
    const error = Math.min(limit, Math.max(-limit, raw));
    if (!skip[t] && t >= BURN_IN) {
      sse += error * error;
      count++;
      // Already worse than the best fit found: no need to finish.
      if (sse > bound) break;
    }
    level = level + p.phi * trend + p.alpha * error;
    trend = p.phi * trend + p.beta * error;
    season[t % PERIOD] = s + p.gamma * error;
  }
  return { sse, count, state: { level, trend, season } };
}

/**
 * A robust guess of the one-step error's spread before any fit: the MAD of
 * week-on-week differences between ordinary days, over the square root of
 * two (a difference carries two days' noise). At least 1, as for counts.
 */
function noiseScale(y: Float64Array, skip: Uint8Array): number {
  const diffs: number[] = [];
  for (let t = PERIOD; t < y.length; t++) {
    if (!skip[t] && !skip[t - PERIOD]) diffs.push((y[t] ?? 0) - (y[t - PERIOD] ?? 0));
  }
  return Math.max(1, robustCentre(diffs).spread / Math.SQRT2);
}

/** Errors beyond this many noise scales are cut when fitting. */
const CUT = 3;

/** The grid point with the least squared one-step error, and its final state. */
export function fitModel(y: Float64Array, skip: Uint8Array) {
  const init = initialState(y);
  const limit = CUT * noiseScale(y, skip);
  let best: (ReturnType<typeof run> & { params: Params }) | null = null;
  for (const alpha of GRID.alpha) {
    for (const beta of GRID.beta) {
      for (const gamma of GRID.gamma) {
        if (beta > alpha || gamma > 1 - alpha) continue;
        for (const phi of beta === 0 ? [1] : GRID.phi) {
          const params = { alpha, beta, gamma, phi };
          const result = run(y, skip, params, init, limit, best?.sse);
          if (!best || result.sse < best.sse) best = { ...result, params };
        }
      }
    }
  }
  return best;
}

/**
 * The mean and standard deviation of the next `horizon` days after a model
 * fitted on `length` days. Variance of the h-step error (ETS class 1):
 * sigma^2 (1 + sum over j < h of c_j^2), c_j = alpha + beta (phi + ... + phi^j)
 * + gamma on whole weeks: each past error carried forward.
 */
export function etsPath(
  model: NonNullable<ReturnType<typeof fitModel>>,
  length: number,
  horizon: number,
): { level: number; mean: number; sd: number }[] {
  const { params: p, state } = model;
  const sigma2 = model.sse / Math.max(model.count, 1);
  const out: { level: number; mean: number; sd: number }[] = [];
  let phiSum = 0;
  let spread = 0;
  for (let h = 1; h <= horizon; h++) {
    phiSum += p.phi ** h;
    const level = state.level + phiSum * state.trend;
    const mean = level + (state.season[(length + h - 1) % PERIOD] ?? 0);
    const weekly = h > 1 && (h - 1) % PERIOD === 0 ? p.gamma : 0;
    const c = p.alpha + p.beta * (phiSum - p.phi ** h) + weekly;
    if (h > 1) spread += c * c;
    out.push({ level, mean, sd: Math.sqrt(sigma2 * (1 + spread)) });
  }
  return out;
}
