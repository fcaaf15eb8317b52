import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatNumber,
  holidayRisingReason,
  negativeShiftReason,
  risingReason,
} from '../../lib/trends/reasons';

describe('numbers and days as Vietnamese readers write them', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(1234567.891)).toBe('1.234.567,9');
    expect(formatNumber(1234.5, 0)).toBe('1.235');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(2.25, 2)).toBe('2,25');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(-12.5)).toBe('-12,5');
  });

  it('names the weekday in full', () => {
    expect(formatDay('2027-02-05')).toBe('Thứ Sáu 05/02/2027');
    expect(formatDay('2026-12-06')).toBe('Chủ nhật 06/12/2026');
  });
});

describe('reasons', () => {
  it('say the value, the baseline, how many times, on which days, and the score', () => {
    const rise = { day: '2026-06-17', value: 330, baseline: 110, score: 12.345, weeks: 8 };
    expect(risingReason(rise)).toBe(
      'Thứ Tư 17/06/2026: 330, gấp 3 lần mức thường lệ 110 (trung vị 8 ngày Thứ Tư gần nhất, ' +
        'không tính ngày lễ); điểm z bền vững 12,3.',
    );
    expect(risingReason({ ...rise, baseline: 0 })).not.toContain('gấp');
    const holiday = {
      ...rise,
      day: '2027-02-06',
      holiday: 'Tết Nguyên đán',
      first: '2026-02-14',
      last: '2026-02-22',
    };
    expect(holidayRisingReason(holiday)).toContain(
      '(Tết Nguyên đán): 330, gấp 3 lần mức của dịp lễ này năm trước 110 (trung vị Thứ Bảy 14/02/2026 đến Chủ nhật 22/02/2026)',
    );
    const shift = {
      day: '2026-07-04',
      share: 0.643,
      baselineShare: 0.321,
      disagree: 27,
      total: 42,
      recentDays: 7,
      baselineDays: 28,
      score: 3.8,
    };
    expect(negativeShiftReason(shift)).toBe(
      'Tỷ lệ Không đồng tình 7 ngày đến Thứ Bảy 04/07/2026: 64,3 % (27/42 ý kiến), ' +
        'tăng từ 32,1 % của 28 ngày trước đó; điểm z 3,8.',
    );
  });
});
