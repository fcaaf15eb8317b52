import { describe, expect, it } from 'vitest';
import { detectRising } from '../../lib/trends/detect';
import {
  seededRandom,
  syntheticPortfolio,
  syntheticSeries,
} from '../../scripts/lib/trends-synthetic';

// The generator `npm run bench:trends` measures on, and the bench's targets on
// a smaller draw, so a change that breaks them fails here and not only there.
describe('the generated series of bench:trends', () => {
  it('draws the same series for the same seed, and others for another', () => {
    const a = syntheticSeries(seededRandom(3), { level: 50, spikes: 3 });
    const b = syntheticSeries(seededRandom(3), { level: 50, spikes: 3 });
    const c = syntheticSeries(seededRandom(4), { level: 50, spikes: 3 });
    expect(a).toEqual(b);
    expect(c.points).not.toEqual(a.points);
    expect(a.spikes).toHaveLength(3);
    expect(a.points).toHaveLength(728);
  });

  it('meets the detection targets on 200 series: precision and recall >= 0.9, no sparse alert', () => {
    let [alerts, spikes, found, sparseAlerts] = [0, 0, 0, 0];
    for (const s of syntheticPortfolio(99, 200)) {
      const days = new Set(detectRising(s.points).map((a) => a.day));
      alerts += days.size;
      spikes += s.spikes.length;
      for (const day of s.spikes) if (days.has(day)) found++;
      if (s.sparse && s.spikes.length === 0) sparseAlerts += days.size;
    }
    expect(spikes).toBeGreaterThan(400);
    // Spike days are distinct, so the alerts on them are the spikes found.
    expect(found / alerts).toBeGreaterThanOrEqual(0.9);
    expect(found / spikes).toBeGreaterThanOrEqual(0.9);
    expect(sparseAlerts).toBe(0);
  });
});
