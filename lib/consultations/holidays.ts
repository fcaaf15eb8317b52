import Holidays from 'date-holidays';
import { DAY_MS } from './comment-window';

/** A public holiday as a list of Vietnamese calendar dates ("2027-02-05"). */
export type HolidayDays = { name: string; dates: string[] };

/** A day off declared for one year (a bridge day, the second day of Quốc khánh). */
export type ExtraHoliday = { date: string; name: string };

// Names as official Vietnamese texts write them. The library names the whole
// five-day Tết break after its first day (Giao thừa) and lists the first day
// of the new year again on its own: both are one holiday here.
const DISPLAY_NAMES: Record<string, string> = {
  'Giao thừa Tết Nguyên Đán': 'Tết Nguyên đán',
  'Tết Nguyên Đán': 'Tết Nguyên đán',
  'Giỗ tổ Hùng Vương': 'Giỗ Tổ Hùng Vương',
};

let calendar: Holidays | null = null;

function vietnam(): Holidays {
  calendar ??= new Holidays('VN', { languages: ['vi'], types: ['public'] });
  return calendar;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Vietnam's public holidays (days off under the Labour Code: Tết Dương
 * lịch, Tết Nguyên Đán by the lunar calendar, Giỗ Tổ Hùng Vương, 30/4, 1/5,
 * Quốc khánh) in the given years, each with every date it covers, plus
 * the extra days given. Holidays of one name are merged.
 */
export function vietnamPublicHolidays(
  years: readonly number[],
  extra: readonly ExtraHoliday[] = [],
): HolidayDays[] {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, date: string) =>
    byName.set(name, (byName.get(name) ?? new Set()).add(date));
  for (const year of years) {
    for (const h of vietnam().getHolidays(year)) {
      if (h.type !== 'public') continue;
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      const first = h.date.slice(0, 10);
      for (let i = 0; i < length; i++) add(DISPLAY_NAMES[h.name] ?? h.name, addDays(first, i));
    }
  }
  for (const { date, name } of extra) add(name, date);
  return [...byName].map(([name, dates]) => ({ name, dates: [...dates].sort() }));
}
