import { describe, expect, it } from 'vitest';
import { isOpen, wholeDaysOpen, windowPhase } from '../../lib/consultations/comment-window';
import { vietnamPublicHolidays } from '../../lib/consultations/holidays';
import { windowApprovalProblem, windowGuard } from '../../lib/consultations/window-guard';
import { formatVnDateTime, parseVnDateTime } from '../../lib/text/vn-time';

/** An instant typed as staff type it, in Vietnam time. */
const vn = (text: string) => {
  const at = parseVnDateTime(text);
  if (!at) throw new Error(`bad test time ${text}`);
  return at;
};
const ms = (at: Date, plus: number) => new Date(at.getTime() + plus);

describe('isOpen: the window in Vietnam time, the closing minute included whole', () => {
  const window = { opensAt: vn('01/06/2026 08:00'), closesAt: vn('30/06/2026 23:59') };

  it('opens at the first millisecond of the stated minute', () => {
    expect(isOpen(window, ms(vn('01/06/2026 08:00'), -1))).toBe(false);
    expect(windowPhase(window, ms(vn('01/06/2026 08:00'), -1))).toBe('upcoming');
    expect(isOpen(window, vn('01/06/2026 08:00'))).toBe(true);
  });

  it('accepts until 23:59:59.999 on the closing day and refuses at midnight', () => {
    expect(isOpen(window, vn('30/06/2026 23:59'))).toBe(true);
    expect(isOpen(window, vn('30/06/2026 23:59:59'))).toBe(true);
    expect(isOpen(window, ms(vn('01/07/2026 00:00'), -1))).toBe(true);
    expect(isOpen(window, vn('01/07/2026 00:00'))).toBe(false);
    expect(windowPhase(window, vn('01/07/2026 00:00'))).toBe('closed');
  });

  it('counts in Vietnam time, not UTC: 23:30 UTC on 30/06 is already 06:30 on 01/07', () => {
    expect(isOpen(window, new Date('2026-06-30T16:59:59.999Z'))).toBe(true);
    expect(isOpen(window, new Date('2026-06-30T23:30:00Z'))).toBe(false);
  });

  it('includes the whole stated minute even when seconds were stored', () => {
    const stored = { ...window, closesAt: vn('30/06/2026 23:59:30') };
    expect(isOpen(stored, vn('30/06/2026 23:59:45'))).toBe(true);
    expect(isOpen(stored, vn('01/07/2026 00:00'))).toBe(false);
  });
});

describe('wholeDaysOpen', () => {
  it('counts the Vietnamese days open from midnight to midnight', () => {
    const closesAt = vn('30/06/2026 23:59');
    expect(wholeDaysOpen({ opensAt: vn('01/06/2026 08:00'), closesAt })).toBe(29);
    expect(wholeDaysOpen({ opensAt: vn('01/06/2026 00:00'), closesAt })).toBe(30);
    expect(
      wholeDaysOpen({ opensAt: vn('01/06/2026 00:00'), closesAt: vn('30/06/2026 17:00') }),
    ).toBe(29);
    expect(
      wholeDaysOpen({ opensAt: vn('01/06/2026 09:00'), closesAt: vn('01/06/2026 17:00') }),
    ).toBe(0);
  });
});

describe('the holiday calendar (date-holidays, VN)', () => {
  const dates = (year: number) =>
    Object.fromEntries(vietnamPublicHolidays([year]).map((h) => [h.name, h.dates]));

  it('knows Tết by the lunar calendar, Giỗ Tổ Hùng Vương, 30/4, 1/5 and Quốc khánh for 2026-2028', () => {
    const tet = { 2026: '2026-02-16', 2027: '2027-02-05', 2028: '2028-01-25' } as const;
    const hungKings = { 2026: '2026-04-26', 2027: '2027-04-16', 2028: '2028-04-04' } as const;
    for (const year of [2026, 2027, 2028] as const) {
      const days = dates(year);
      expect(days['Tết Nguyên đán']?.[0]).toBe(tet[year]);
      expect(days['Tết Nguyên đán']).toHaveLength(5);
      expect(days['Giỗ Tổ Hùng Vương']).toEqual([hungKings[year]]);
      expect(days['Ngày Giải phóng miền Nam']).toEqual([`${year}-04-30`]);
      expect(days['Quốc tế Lao động']).toEqual([`${year}-05-01`]);
      expect(days['Quốc khánh']).toEqual([`${year}-09-02`]);
      expect(days['Tết Dương lịch']).toEqual([`${year}-01-01`]);
    }
  });
});

describe('windowGuard', () => {
  it('flags a window shorter than the minimum for its type, 20 days unless configured', () => {
    const short = { opensAt: vn('01/06/2026 08:00'), closesAt: vn('16/06/2026 23:59') };
    expect(windowGuard({ ...short, type: 'nghi-dinh' })).toMatchObject({
      days: 15,
      minimumDays: 20,
      belowMinimum: true,
    });
    const configured = { 'thong-tu': 10, luat: 60 };
    expect(windowGuard({ ...short, type: 'thong-tu', minimumDays: configured }).belowMinimum).toBe(
      false,
    );
    const month = { opensAt: vn('01/06/2026 08:00'), closesAt: vn('21/06/2026 23:59') };
    expect(windowGuard({ ...month, type: 'ke-hoach' })).toMatchObject({
      days: 20,
      belowMinimum: false,
    });
    expect(windowGuard({ ...month, type: 'luat', minimumDays: configured }).belowMinimum).toBe(
      true,
    );
  });

  it('lets a short window through only with a written reason', () => {
    const short = windowGuard({
      type: 'nghi-dinh',
      opensAt: vn('01/06/2026 08:00'),
      closesAt: vn('16/06/2026 23:59'),
    });
    expect(windowApprovalProblem(short, '  ')).toBe(
      'Thời gian lấy ý kiến là 15 ngày, ít hơn mức tối thiểu 20 ngày: cần nêu lý do.',
    );
    expect(
      windowApprovalProblem(short, 'Văn bản cần ban hành gấp để thi hành luật mới.'),
    ).toBeNull();
    const long = windowGuard({
      type: 'nghi-dinh',
      opensAt: vn('01/06/2026 08:00'),
      closesAt: vn('30/06/2026 23:59'),
    });
    expect(windowApprovalProblem(long, '')).toBeNull();
  });

  it('warns about Tết and suggests closing as many days later', () => {
    const guard = windowGuard({
      type: 'nghi-dinh',
      opensAt: vn('25/01/2027 08:00'),
      closesAt: vn('20/02/2027 23:59'),
    });
    expect(guard.holidays).toEqual([
      {
        name: 'Tết Nguyên đán',
        dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
      },
    ]);
    expect(guard.holidayDays).toBe(5);
    expect(guard.suggestedClosesAt && formatVnDateTime(guard.suggestedClosesAt)).toBe(
      '25/02/2027 23:59',
    );
  });

  it('keeps extending when the added days land on more holidays (Giỗ Tổ, then 30/4 and 1/5)', () => {
    const guard = windowGuard({
      type: 'thong-tu',
      opensAt: vn('01/04/2026 08:00'),
      closesAt: vn('29/04/2026 23:59'),
    });
    expect(guard.holidays.map((h) => h.name)).toEqual(['Giỗ Tổ Hùng Vương']);
    expect(guard.suggestedClosesAt && formatVnDateTime(guard.suggestedClosesAt)).toBe(
      '02/05/2026 23:59',
    );
  });

  it('counts a holiday the window only touches, and days off declared for the year', () => {
    const guard = windowGuard({
      type: 'quyet-dinh',
      opensAt: vn('10/08/2028 08:00'),
      closesAt: vn('02/09/2028 09:00'),
      extraHolidays: [{ date: '2028-09-01', name: 'Nghỉ lễ Quốc khánh' }],
    });
    expect(guard.holidays.map((h) => [h.name, h.dates])).toEqual([
      ['Quốc khánh', ['2028-09-02']],
      ['Nghỉ lễ Quốc khánh', ['2028-09-01']],
    ]);
    expect(guard.suggestedClosesAt && formatVnDateTime(guard.suggestedClosesAt)).toBe(
      '04/09/2028 09:00',
    );
  });

  it('suggests nothing for a window clear of holidays, and refuses one that closes before it opens', () => {
    const clear = { opensAt: vn('01/06/2026 08:00'), closesAt: vn('30/06/2026 23:59') };
    expect(windowGuard({ ...clear, type: 'khac' })).toMatchObject({
      holidays: [],
      holidayDays: 0,
      suggestedClosesAt: null,
    });
    expect(() =>
      windowGuard({ type: 'khac', opensAt: clear.closesAt, closesAt: clear.opensAt }),
    ).toThrow(RangeError);
  });
});
