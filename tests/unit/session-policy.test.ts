import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE_LIFETIME_MS,
  IDLE_TIMEOUT_MS,
  sessionVerdict,
  TOUCH_INTERVAL_MS,
} from '../../lib/auth/session-policy';

const login = new Date('2026-11-29T01:00:00Z');
const at = (ms: number) => new Date(login.getTime() + ms);
const MINUTE = 60_000;

describe('sessionVerdict', () => {
  it('documents the limits: 30 minutes idle, 12 hours in all, one write a minute', () => {
    expect([IDLE_TIMEOUT_MS, ABSOLUTE_LIFETIME_MS, TOUCH_INTERVAL_MS]).toEqual([
      30 * MINUTE,
      12 * 60 * MINUTE,
      MINUTE,
    ]);
  });

  it.each([
    ['just logged in', 0, 0, 'valid'],
    ['active within the minute', 0, 59_000, 'valid'],
    ['a minute since the last record', 0, MINUTE, 'touch'],
    ['29 minutes idle', 0, 29 * MINUTE, 'touch'],
    ['30 minutes idle', 0, 30 * MINUTE, 'expired'],
    [
      'busy, 11 h 59 after login',
      11 * 60 * MINUTE + 58 * MINUTE + 30_000,
      11 * 60 * MINUTE + 59 * MINUTE,
      'valid',
    ],
    ['busy, 12 h after login', 12 * 60 * MINUTE - 30_000, 12 * 60 * MINUTE, 'expired'],
  ] as const)('%s', (_label, seen, now, verdict) => {
    expect(sessionVerdict({ createdAt: login, lastSeenAt: at(seen) }, at(now))).toBe(verdict);
  });
});
