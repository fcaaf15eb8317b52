import { describe, expect, it } from 'vitest';
import { dayLabel, niceTicks } from '../../components/trends/scale';
import { seriesSummary } from '../../lib/trends-data/summary';

describe('chart scales and summaries', () => {
  it('gives round, whole-number ticks that reach the maximum', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(900)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceTicks(1234).at(-1)).toBeGreaterThanOrEqual(1234);
    expect(dayLabel('2026-12-05')).toBe('05/12');
    expect(dayLabel('2026-12-05', true)).toBe('05/12/2026');
  });

  it('says what a chart shows in one sentence', () => {
    const text = seriesSummary(
      'lượt đọc',
      [
        { day: '2026-12-01', value: 10 },
        { day: '2026-12-02', value: 900 },
      ],
      [{ mean: 20 }, { mean: 40 }],
    );
    expect(text).toBe(
      'Từ 01/12/2026 đến 02/12/2026: tổng 910 lượt đọc, cao nhất 900 ngày 02/12/2026. Dự báo 2 ngày tới: trung bình 30 lượt đọc mỗi ngày.',
    );
  });
});
