/**
 * The Vietnamese sentences that say why an alert was raised. Numbers are
 * written by hand (1.234,5) rather than through ICU's vi-VN data, so the
 * text is the same on every server.
 */

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** 1234.56 -> "1.234,6" (at most `decimals` decimals, trailing zeros dropped). */
export function formatNumber(value: number, decimals = 1): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const kept = fraction.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${kept ? `,${kept}` : ''}`;
}

/** "2027-02-05" -> "Thứ Sáu 05/02/2027". */
export function formatDay(day: string): string {
  const weekday = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
  const [y, m, d] = day.split('-');
  return `${weekday} ${d}/${m}/${y}`;
}

/** The weekday's name alone, plural-free: "Thứ Hai", "Chủ nhật". */
export function weekdayName(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
}

type Rise = { day: string; value: number; baseline: number; score: number; weeks: number };

/** Why an ordinary day was flagged: against the median of recent same weekdays. */
export function risingReason({ day, value, baseline, score, weeks }: Rise): string {
  const times = baseline > 0 ? `, gấp ${formatNumber(value / baseline)} lần` : '';
  return (
    `${formatDay(day)}: ${formatNumber(value, 0)}${times} mức thường lệ ${formatNumber(baseline)} ` +
    `(trung vị ${weeks} ngày ${weekdayName(day)} gần nhất, không tính ngày lễ); ` +
    `điểm z bền vững ${formatNumber(score)}.`
  );
}

type HolidayRise = Rise & { holiday: string; first: string; last: string };

/** Why a holiday was flagged: against the same holiday a year earlier. */
export function holidayRisingReason(r: HolidayRise): string {
  const times = r.baseline > 0 ? `, gấp ${formatNumber(r.value / r.baseline)} lần` : '';
  const span =
    r.first === r.last ? formatDay(r.first) : `${formatDay(r.first)} đến ${formatDay(r.last)}`;
  return (
    `${formatDay(r.day)} (${r.holiday}): ${formatNumber(r.value, 0)}${times} ` +
    `mức của dịp lễ này năm trước ${formatNumber(r.baseline)} (trung vị ${span}); ` +
    `điểm z ${formatNumber(r.score)}.`
  );
}

type Shift = {
  day: string;
  share: number;
  baselineShare: number;
  disagree: number;
  total: number;
  recentDays: number;
  baselineDays: number;
  score: number;
};

/** Why a negative shift was flagged: the share of "Không đồng tình", now and before. */
export function negativeShiftReason(s: Shift): string {
  return (
    `Tỷ lệ Không đồng tình ${s.recentDays} ngày đến ${formatDay(s.day)}: ` +
    `${formatNumber(s.share * 100)} % (${formatNumber(s.disagree, 0)}/${formatNumber(s.total, 0)} ý kiến), ` +
    `tăng từ ${formatNumber(s.baselineShare * 100)} % của ${s.baselineDays} ngày trước đó; ` +
    `điểm z ${formatNumber(s.score)}.`
  );
}
