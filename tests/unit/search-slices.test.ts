import { describe, expect, it } from 'vitest';
import { dayOf, dayStart, SLICE_DAYS, slicesFor } from '../../lib/search/slices';

const now = new Date('2026-11-29T10:00:00Z');
const today = dayOf(now);

describe('dayOf', () => {
  it('counts whole UTC days since 2000-01-01, as the database column does', () => {
    expect(dayOf(new Date('2000-01-01T00:00:00Z'))).toBe(0);
    expect(dayOf(new Date('2000-01-01T23:59:59.999Z'))).toBe(0);
    expect(dayOf(new Date('2000-01-02T00:00:00Z'))).toBe(1);
    expect(dayOf(new Date('1999-12-31T23:59:59Z'))).toBe(-1);
    expect(dayStart(dayOf(now)).toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });
});

describe('slicesFor', () => {
  it('widens four times each step, newest first, the last slice unbounded', () => {
    expect(SLICE_DAYS).toEqual([30, 120, 480]);
    expect(slicesFor(now)).toEqual([
      { fromDay: today - 29, before: undefined },
      { fromDay: today - 119, before: dayStart(today - 29) },
      { fromDay: today - 479, before: dayStart(today - 119) },
      { fromDay: undefined, before: dayStart(today - 479) },
    ]);
  });

  it('covers every day exactly once: each slice ends where the one before starts', () => {
    const slices = slicesFor(now);
    for (const [i, slice] of slices.entries()) {
      const newer = slices[i - 1];
      if (newer?.fromDay !== undefined) expect(slice.before).toEqual(dayStart(newer.fromDay));
    }
  });

  it('starts from the end of a date range in the past, and stops at its start', () => {
    const until = new Date('2025-01-01T00:00:00Z');
    const from = new Date('2024-10-01T00:00:00Z');
    const end = dayOf(until);
    expect(slicesFor(now, { from, until })).toEqual([
      { fromDay: end - 29, before: undefined },
      { fromDay: dayOf(from), before: dayStart(end - 29) },
    ]);
    // A short range: one slice, bounded by its start.
    expect(slicesFor(now, { from: new Date('2026-11-20T00:00:00Z') })).toEqual([
      { fromDay: dayOf(new Date('2026-11-20T00:00:00Z')), before: undefined },
    ]);
    // A range ending in the future starts from today.
    expect(slicesFor(now, { until: new Date('2030-01-01T00:00:00Z') })[0]?.fromDay).toBe(
      today - 29,
    );
  });
});
