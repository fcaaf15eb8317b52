import { vi } from 'vitest';

/**
 * Runs `work` with the JavaScript clock standing at `when`, so the product's
 * own functions stamp what they do with that time (an approval "on 1 April
 * 2024" is made by approveRevision itself, as it was on that day). Only Date
 * is mocked, not timers; the clock is real again when `work` settles.
 */
export async function atTime<T>(when: Date, work: () => Promise<T>): Promise<T> {
  vi.setSystemTime(when);
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}
