import { describe, expect, it } from 'vitest';
import { dayOf, dayStart, FIRST_SLICE_DAYS, slicePlan } from '../../lib/search/slices';

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

describe('slicePlan', () => {
  it('starts with the last 30 days, today included, then reaches further', () => {
    expect(FIRST_SLICE_DAYS).toBe(30);
    expect(slicePlan(now)).toEqual({ firstDay: today - 29, lowestDay: undefined, single: false });
  });

  it('starts from the end of a date range in the past, bounded by its start', () => {
    const until = new Date('2025-01-01T00:00:00Z');
    const from = new Date('2024-10-01T00:00:00Z');
    expect(slicePlan(now, { from, until })).toEqual({
      firstDay: dayOf(until) - 29,
      lowestDay: dayOf(from),
      single: false,
    });
    // A range ending in the future starts from today.
    expect(slicePlan(now, { until: new Date('2030-01-01T00:00:00Z') }).firstDay).toBe(today - 29);
  });

  it('is one slice when the range is shorter than the first slice', () => {
    const from = new Date('2026-11-20T00:00:00Z');
    expect(slicePlan(now, { from })).toEqual({
      firstDay: dayOf(from),
      lowestDay: dayOf(from),
      single: true,
    });
  });
});
