import type { StanceTotals } from '@/lib/trends-data/stance';
import { numberVi } from './scale';

const PARTS = [
  { key: 'agree', label: 'Đồng tình', color: '#047857' },
  { key: 'disagree', label: 'Không đồng tình', color: '#b91c1c' },
  { key: 'other', label: 'Ý kiến khác', color: '#64748b' },
] as const;

/**
 * Each consultation's comments as one bar split by stance, with the share of
 * "Không đồng tình" in words (the counts are in the table beside).
 */
export function StanceBars({ rows }: { rows: StanceTotals[] }) {
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Chú giải">
        {PARTS.map((p) => (
          <li key={p.key} className="flex items-center gap-1">
            <svg className="h-3 w-3" viewBox="0 0 1 1" aria-hidden="true">
              <rect width="1" height="1" fill={p.color} />
            </svg>
            {p.label}
          </li>
        ))}
      </ul>
      <ol className="space-y-2">
        {rows.map((row) => {
          const total = row.agree + row.disagree + row.other;
          let x = 0;
          return (
            <li key={row.consultationId} className="text-sm">
              <p>
                {row.title}{' '}
                <span className="tabular-nums text-slate-700">
                  ({numberVi.format(total)} góp ý,{' '}
                  {numberVi.format(Math.round((row.disagree / total) * 100))} % không đồng tình)
                </span>
              </p>
              <svg
                className="h-3 w-full"
                viewBox="0 0 100 3"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                {PARTS.map((p) => {
                  const width = (row[p.key] / total) * 100;
                  const rect = <rect key={p.key} x={x} width={width} height="3" fill={p.color} />;
                  x += width;
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
