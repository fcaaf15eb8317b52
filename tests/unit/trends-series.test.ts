import { describe, expect, it } from 'vitest';
import { median, robustCentre } from '../../lib/trends/robust';
import {
  addDays,
  dayName,
  dayNumber,
  dayRange,
  daysBetween,
  denseSeries,
  fillDays,
  holidayFlags,
  holidayOf,
  markHolidays,
  sameHolidayYearBefore,
  sameWeekdayWindow,
  weekday,
} from '../../lib/trends/series';

describe('calendar days', () => {
  it('counts days like Date does, across months, leap days and centuries', () => {
    for (const day of ['1970-01-01', '2000-02-29', '2024-12-31', '2027-02-05', '2100-03-01']) {
      expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
      expect(dayName(dayNumber(day))).toBe(day);
    }
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(dayRange('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('names weekdays as getUTCDay does (0 is Sunday)', () => {
    expect(weekday('2027-02-05')).toBe(5);
    expect(weekday('2026-12-06')).toBe(0);
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('refuses what is not a yyyy-mm-dd day', () => {
    for (const bad of ['2027-2-05', '2027-13-01', '05/02/2027', '2027-02-05T00:00', '']) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
  });
});

describe('fillDays and denseSeries', () => {
  const sparse = [
    { day: '2027-03-04', value: 2 },
    { day: '2027-03-01', value: 5 },
    { day: '2027-03-04', value: 1 },
  ];

  it('sorts, fills the missing days with 0 and adds up two points of one day', () => {
    expect(fillDays(sparse)).toEqual([
      { day: '2027-03-01', value: 5 },
      { day: '2027-03-02', value: 0 },
      { day: '2027-03-03', value: 0 },
      { day: '2027-03-04', value: 3 },
    ]);
  });

  it('keeps to the range asked, padding it with zeros', () => {
    expect(fillDays(sparse, '2027-02-28', '2027-03-02').map((p) => p.value)).toEqual([0, 5, 0]);
    expect(fillDays([])).toEqual([]);
    const dense = denseSeries(sparse, '2027-03-03');
    expect(dayName(dense.start)).toBe('2027-03-03');
    expect([...dense.values]).toEqual([0, 3]);
  });
});

describe('sameWeekdayWindow', () => {
  const series = fillDays([
    { day: '2027-01-04', value: 1 },
    { day: '2027-04-26', value: 1 },
  ]);
  const last = series.length - 1;

  it('gives the same weekdays before a day, nearest first, at most `weeks`', () => {
    const found = sameWeekdayWindow(series, last, 3);
    expect(found.map((i) => series[i]?.day)).toEqual(['2027-04-19', '2027-04-12', '2027-04-05']);
  });

  it('skips the days it is told to (holidays) and stops at the series start', () => {
    const found = sameWeekdayWindow(series, last, 30, (day) => day === '2027-04-12');
    expect(found.map((i) => series[i]?.day)).not.toContain('2027-04-12');
    expect(found).toHaveLength(15);
    expect(series[found.at(-1) ?? -1]?.day).toBe('2027-01-04');
  });
});

describe('Vietnamese public holidays', () => {
  it('marks Tết by the lunar calendar with two days either side, then ordinary days', () => {
    // Tết Đinh Mùi: 2027-02-06 is the first day of the lunar year.
    expect(holidayOf('2027-02-03')).toEqual({ name: 'Tết Nguyên đán', index: 0 });
    expect(holidayOf('2027-02-11')).toEqual({ name: 'Tết Nguyên đán', index: 8 });
    expect(holidayOf('2027-02-02')).toBeNull();
    expect(holidayOf('2027-02-12')).toBeNull();
    expect(holidayOf('2027-02-03', { tetPaddingDays: 0 })).toBeNull();
    expect(holidayOf('2027-02-05', { tetPaddingDays: 0 })?.index).toBe(0);
  });

  it('marks the fixed holidays and Giỗ Tổ Hùng Vương', () => {
    expect(holidayOf('2026-09-02')?.name).toBe('Quốc khánh');
    expect(holidayOf('2026-04-30')?.name).toBe('Ngày Giải phóng miền Nam');
    expect(holidayOf('2027-04-16')?.name).toBe('Giỗ Tổ Hùng Vương');
    expect(holidayOf('2026-12-07')).toBeNull();
  });

  it('finds the same holiday a year earlier, however the lunar calendar moved it', () => {
    const lastTet = sameHolidayYearBefore('2027-02-06');
    expect(lastTet[0]).toBe('2026-02-14');
    expect(lastTet.at(-1)).toBe('2026-02-22');
    expect(sameHolidayYearBefore('2027-09-02')).toEqual(['2026-09-02']);
    expect(sameHolidayYearBefore('2027-03-02')).toEqual([]);
  });

  it('gives holiday flags for any range from one shared table, the same as day by day', () => {
    const days = dayRange('2027-01-01', '2027-12-31');
    const first = holidayFlags(dayNumber('2027-01-01'), 365);
    // An earlier range grows the table; the same range read again is unchanged.
    expect(holidayFlags(dayNumber('2025-06-01'), 30).every((flag) => flag === 0)).toBe(true);
    const again = holidayFlags(dayNumber('2027-01-01'), 365);
    expect([...again]).toEqual([...first]);
    const flagged = days.filter((_, i) => again[i] === 1);
    expect(flagged).toEqual(days.filter((day) => holidayOf(day)));
    // 1/1, nine days of Tết with its padding, Giỗ Tổ, 30/4, 1/5, 2/9.
    expect(flagged).toHaveLength(14);
  });

  it('marks a series day by day', () => {
    const marked = markHolidays(fillDays([], '2026-04-29', '2026-05-02'));
    expect(marked.map((p) => p.holiday)).toEqual([
      null,
      'Ngày Giải phóng miền Nam',
      'Quốc tế Lao động',
      null,
    ]);
  });
});

describe('robust centre', () => {
  it('is the median and 1.4826 times the MAD, unmoved by one extreme day', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
    const calm = robustCentre([10, 11, 9, 10, 12, 8]);
    const withSpike = robustCentre([10, 11, 9, 10, 12, 800]);
    expect(calm.median).toBe(10);
    expect(calm.spread).toBeCloseTo(1.4826, 4);
    expect(withSpike.median).toBe(10.5);
    expect(withSpike.spread).toBeLessThan(3);
  });
});
