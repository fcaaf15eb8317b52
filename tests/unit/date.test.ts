import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoDateInHanoi } from '../../lib/text/date';

describe('formatDate', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatDate(new Date('2024-04-05T03:00:00Z'))).toBe('05/04/2024');
  });
  it('uses the Hanoi calendar day: 18:30 UTC is already the next day in Hanoi', () => {
    expect(formatDate(new Date('2024-04-26T18:30:00Z'))).toBe('27/04/2024');
  });
  it('keeps the same day just before Hanoi midnight', () => {
    expect(formatDate(new Date('2024-04-26T16:59:00Z'))).toBe('26/04/2024');
  });
  it('crosses a year boundary in Hanoi time', () => {
    expect(formatDate('2023-12-31T17:00:00.000Z')).toBe('01/01/2024');
  });
  it('accepts ISO strings as cached DTOs carry them', () => {
    expect(formatDate('2023-03-21T02:00:00.000Z')).toBe('21/03/2023');
  });
  it('refuses an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('gives 24-hour Hanoi time before the date', () => {
    expect(formatDateTime(new Date('2024-04-26T18:30:00Z'))).toBe('01:30 27/04/2024');
  });
  it('writes midnight as 00:00', () => {
    expect(formatDateTime(new Date('2024-04-26T17:00:00Z'))).toBe('00:00 27/04/2024');
  });
});

describe('isoDateInHanoi', () => {
  it('gives the machine-readable Hanoi date for <time dateTime>', () => {
    expect(isoDateInHanoi(new Date('2024-04-26T18:30:00Z'))).toBe('2024-04-27');
  });
});
