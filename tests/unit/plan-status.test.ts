import { describe, expect, it } from 'vitest';
import {
  activityStatus,
  carriesOut,
  countStatuses,
  type Evidence,
  vnDayOver,
} from '../../lib/plans/status';

// 30/06/2024 in Vietnam (UTC+7) runs from 29/06 17:00 UTC to 30/06 17:00 UTC.
const DAY = '2024-06-30';
const LAST_MS = new Date('2024-06-30T16:59:59.999Z');
const OVER = new Date('2024-06-30T17:00:00.000Z');
const minuteBefore = (d: Date) => new Date(d.getTime() - 60_000);
const article = (publishedAt: Date | null): Evidence => ({ kind: 'article', publishedAt });
const event = (publishedAt: Date | null, endsAt: Date): Evidence => ({
  kind: 'event',
  publishedAt,
  endsAt,
});

describe('vnDayOver', () => {
  it('is midnight starting the next day in Vietnam, 17:00 UTC', () => {
    expect(vnDayOver(DAY)?.toISOString()).toBe('2024-06-30T17:00:00.000Z');
    expect(vnDayOver('2024-12-31')?.toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(vnDayOver('2024-02-29')?.toISOString()).toBe('2024-02-29T17:00:00.000Z');
  });

  it('refuses what is not a calendar day', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-06-31', '30/06/2024', '', '2024-6-30']) {
      expect(vnDayOver(bad), bad).toBeNull();
    }
  });
});

describe('carriesOut', () => {
  const now = new Date('2024-06-15T03:00:00Z');
  it('counts a published article, not a draft nor one scheduled for later', () => {
    expect(carriesOut(article(minuteBefore(now)), now)).toBe(true);
    expect(carriesOut(article(now), now)).toBe(true);
    expect(carriesOut(article(null), now)).toBe(false);
    expect(carriesOut(article(new Date(now.getTime() + 1)), now)).toBe(false);
  });

  it('counts an event once it is published and has ended, not when merely announced', () => {
    expect(carriesOut(event(minuteBefore(now), minuteBefore(now)), now)).toBe(true);
    expect(carriesOut(event(minuteBefore(now), now), now)).toBe(true);
    expect(carriesOut(event(minuteBefore(now), new Date(now.getTime() + 1)), now)).toBe(false);
    expect(carriesOut(event(null, minuteBefore(now)), now)).toBe(false);
    expect(carriesOut(event(new Date(now.getTime() + 1), minuteBefore(now)), now)).toBe(false);
  });
});

describe('activityStatus', () => {
  it('is upcoming up to the last millisecond of its target day in Vietnam', () => {
    expect(activityStatus(DAY, [], new Date('2024-06-29T17:00:00Z'))).toBe('UPCOMING');
    expect(activityStatus(DAY, [], LAST_MS)).toBe('UPCOMING');
  });

  it('is late from midnight after its target day in Vietnam, though still the 30th in UTC', () => {
    expect(OVER.getUTCDate()).toBe(30);
    expect(activityStatus(DAY, [], OVER)).toBe('LATE');
    expect(activityStatus(DAY, [], new Date('2025-01-01T00:00:00Z'))).toBe('LATE');
  });

  it('is done when a linked article is published, before or after its day', () => {
    expect(activityStatus(DAY, [article(minuteBefore(LAST_MS))], LAST_MS)).toBe('DONE');
    expect(activityStatus(DAY, [article(OVER)], OVER)).toBe('DONE');
  });

  it('is done when a linked event has been held, and not before it ends', () => {
    const endsLate = new Date('2024-07-02T04:00:00Z');
    const announced = event(new Date('2024-06-01T00:00:00Z'), endsLate);
    expect(activityStatus(DAY, [announced], OVER)).toBe('LATE');
    expect(activityStatus(DAY, [announced], LAST_MS)).toBe('UPCOMING');
    expect(activityStatus(DAY, [announced], endsLate)).toBe('DONE');
  });

  it('ignores unpublished work: a draft article or an unpublished event leaves it late', () => {
    const evidence = [article(null), event(null, minuteBefore(OVER))];
    expect(activityStatus(DAY, evidence, OVER)).toBe('LATE');
  });

  it('with no target day is never late, only upcoming or done', () => {
    const far = new Date('2030-01-01T00:00:00Z');
    expect(activityStatus(null, [], far)).toBe('UPCOMING');
    expect(activityStatus(null, [article(minuteBefore(far))], far)).toBe('DONE');
  });
});

describe('countStatuses', () => {
  it('counts each status, zero where none', () => {
    expect(countStatuses(['DONE', 'LATE', 'DONE', 'UPCOMING', 'DONE'])).toEqual({
      DONE: 3,
      LATE: 1,
      UPCOMING: 1,
    });
    expect(countStatuses([])).toEqual({ DONE: 0, LATE: 0, UPCOMING: 0 });
  });
});
