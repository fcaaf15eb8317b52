/** Pure helpers of the SVG charts: scales and "nice" axis ticks. */

/** Up to ~5 round tick values from 0 to at least `max`; counts, so whole steps. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number) {
  const span = d1 - d0 || 1;
  return (v: number) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** "2026-12-07" -> "07/12" (axis labels), "07/12/2026" with the year. */
export function dayLabel(day: string, withYear = false): string {
  const [y, m, d] = day.split('-');
  return withYear ? `${d}/${m}/${y}` : `${d}/${m}`;
}

export const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
