import { z } from 'zod';

/** A dashboard range: whole Vietnam days, both ends included ('yyyy-mm-dd'). */
export type DayRange = { from: string; to: string };

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
/** Longest range the dashboard reads at once: two years. */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 28;

/** "2026-12-07": the Vietnam calendar day of `at`. */
export function vnDayOf(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(range: DayRange): string[] {
  const out: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) out.push(day);
  return out;
}

const dayText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && addDays(v, 0) === v);

/** The range asked for in the dashboard's query string (`tu`, `den`). */
export const rangeQuerySchema = z.object({
  tu: z.string().optional(),
  den: z.string().optional(),
  bai: z.string().max(40).optional(),
});

/**
 * The range to show: as asked when both ends are valid days in order and at
 * most two years apart, else the last 28 days up to today, with a notice.
 */
export function readRange(
  query: { tu?: string; den?: string },
  now = new Date(),
): { range: DayRange; notice: string | null } {
  const today = vnDayOf(now);
  const fallback = { from: addDays(today, 1 - DEFAULT_RANGE_DAYS), to: today };
  if (query.tu === undefined && query.den === undefined) return { range: fallback, notice: null };
  const from = dayText.safeParse(query.tu);
  const to = dayText.safeParse(query.den);
  if (!from.success || !to.success || from.data > to.data) {
    return { range: fallback, notice: 'Khoảng ngày không hợp lệ: đang hiển thị 28 ngày gần nhất.' };
  }
  const span = (Date.parse(to.data) - Date.parse(from.data)) / DAY_MS + 1;
  if (span > MAX_RANGE_DAYS) {
    return {
      range: { from: addDays(to.data, 1 - MAX_RANGE_DAYS), to: to.data },
      notice: 'Khoảng ngày dài hơn 2 năm: đang hiển thị 2 năm cuối của khoảng đã chọn.',
    };
  }
  return { range: { from: from.data, to: to.data }, notice: null };
}
