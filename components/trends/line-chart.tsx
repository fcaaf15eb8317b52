import type { DayValue } from '@/lib/trends-data/series-fill';
import { dayLabel, linear, niceTicks, numberVi } from './scale';

export type ChartLine = { label: string; points: DayValue[]; color: string };
export type ChartBand = {
  day: string;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}[];

const W = 720;
const H = 260;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };

/**
 * Daily series as an inline SVG, drawn on the server (no client code): one
 * line per series, an optional forecast band (95 % light, 80 % darker, the
 * mean dashed) after the last day, and a ring on each alert's day. `summary`
 * is what a screen reader hears; the exact numbers are in the table beside.
 */
export function LineChart(props: {
  id: string;
  title: string;
  summary: string;
  lines: ChartLine[];
  band?: ChartBand;
  markers?: { day: string; label: string }[];
}) {
  const { id, title, summary, lines, band = [], markers = [] } = props;
  const days = [...(lines[0]?.points.map((p) => p.day) ?? []), ...band.map((b) => b.day)];
  const index = new Map(days.map((d, i) => [d, i]));
  const max = Math.max(
    1,
    ...lines.flatMap((l) => l.points.map((p) => p.value)),
    ...band.map((b) => b.hi95),
  );
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? max;
  const x = linear(0, Math.max(1, days.length - 1), PAD.left, W - PAD.right);
  const y = linear(0, top, H - PAD.bottom, PAD.top);
  const at = (day: string) => x(index.get(day) ?? 0);
  const path = (pts: { day: string; v: number }[]) =>
    pts.map((p, i) => `${i ? 'L' : 'M'}${at(p.day).toFixed(1)},${y(p.v).toFixed(1)}`).join('');
  const area = (lo: (b: ChartBand[number]) => number, hi: (b: ChartBand[number]) => number) =>
    `${path(band.map((b) => ({ day: b.day, v: hi(b) })))}${band
      .toReversed()
      .map((b) => `L${at(b.day).toFixed(1)},${y(lo(b)).toFixed(1)}`)
      .join('')}Z`;
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  const first = lines[0];
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t)}
              y2={y(t)}
              stroke="#cbd5e1"
              strokeWidth="1"
            />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#334155">
              {numberVi.format(t)}
            </text>
          </g>
        ))}
        {days.map((d, i) =>
          i % labelEvery === 0 ? (
            <text key={d} x={x(i)} y={H - 8} textAnchor="middle" fontSize="11" fill="#334155">
              {dayLabel(d)}
            </text>
          ) : null,
        )}
        {band.length > 0 ? (
          <g>
            <path
              d={area(
                (b) => b.lo95,
                (b) => b.hi95,
              )}
              fill="#bfdbfe"
            />
            <path
              d={area(
                (b) => b.lo80,
                (b) => b.hi80,
              )}
              fill="#93c5fd"
            />
            <path
              d={path(band.map((b) => ({ day: b.day, v: b.mean })))}
              fill="none"
              stroke="#1e3a8a"
              strokeWidth="2"
              strokeDasharray="6 4"
            />
          </g>
        ) : null}
        {lines.map((l) => (
          <path
            key={l.label}
            d={path(l.points.map((p) => ({ day: p.day, v: p.value })))}
            fill="none"
            stroke={l.color}
            strokeWidth="2"
          />
        ))}
        {first
          ? markers.map((m) => {
              const point = first.points.find((p) => p.day === m.day);
              return point ? (
                <circle
                  key={m.day}
                  cx={at(m.day)}
                  cy={y(point.value)}
                  r="6"
                  fill="none"
                  stroke="#b91c1c"
                  strokeWidth="2.5"
                >
                  <title>{m.label}</title>
                </circle>
              ) : null;
            })
          : null}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {lines.map((l) => (
          <span key={l.label} className="inline-flex items-center gap-1">
            <svg width="18" height="4" aria-hidden="true">
              <rect width="18" height="4" fill={l.color} />
            </svg>
            {l.label}
          </span>
        ))}
        {band.length > 0 ? (
          <span>Vùng xanh: dự báo, khoảng tin cậy 80 % (đậm) và 95 % (nhạt)</span>
        ) : null}
        {markers.length > 0 ? <span>Vòng đỏ: ngày tăng bất thường</span> : null}
      </figcaption>
    </figure>
  );
}
