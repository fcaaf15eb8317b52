import type { DayValue } from './series-fill';

const vn = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const dmy = (day: string) => day.split('-').reverse().join('/');

/**
 * What a chart shows, in one Vietnamese sentence (the SVG's description for
 * screen readers): total, peak and, with a forecast, its average.
 */
export function seriesSummary(
  what: string,
  series: DayValue[],
  forecast: { mean: number }[] = [],
): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return `Chưa có ${what}.`;
  const total = series.reduce((sum, p) => sum + p.value, 0);
  const peak = series.reduce((best, p) => (p.value > best.value ? p : best), first);
  let text = `Từ ${dmy(first.day)} đến ${dmy(last.day)}: tổng ${vn.format(total)} ${what}, cao nhất ${vn.format(peak.value)} ngày ${dmy(peak.day)}.`;
  if (forecast.length > 0) {
    const mean = forecast.reduce((sum, f) => sum + f.mean, 0) / forecast.length;
    text += ` Dự báo ${forecast.length} ngày tới: trung bình ${vn.format(mean)} ${what} mỗi ngày.`;
  }
  return text;
}
