import { describe, expect, it } from 'vitest';
import { formatVnDateTime, nextVnDay, parseVnDate, parseVnDateTime } from '../../lib/text/vn-time';

describe('Vietnam time as typed', () => {
  it('reads day first, in UTC+7, and writes back the same text', () => {
    const at = parseVnDateTime('03/04/2030 09:05');
    expect(at?.toISOString()).toBe('2030-04-03T02:05:00.000Z');
    expect(at && formatVnDateTime(at)).toBe('03/04/2030 09:05');
  });

  it('starts a day at midnight in Vietnam, the day before in UTC', () => {
    const day = parseVnDate('01/04/2024');
    expect(day?.toISOString()).toBe('2024-03-31T17:00:00.000Z');
    expect(day && nextVnDay(day).toISOString()).toBe('2024-04-01T17:00:00.000Z');
  });

  it('refuses what is not a real date or time', () => {
    for (const text of ['31/02/2024', '29/02/2023', '00/01/2024', '12/13/2024', 'hôm nay']) {
      expect(parseVnDate(text)).toBeNull();
    }
    expect(parseVnDate('29/02/2024')).not.toBeNull();
    expect(parseVnDateTime('01/01/2024 24:00')).toBeNull();
    expect(parseVnDateTime('01/01/2024 9:60')).toBeNull();
    expect(parseVnDateTime('01/01/2024')).toBeNull();
  });
});
