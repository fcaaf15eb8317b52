import Link from 'next/link';
import type { DayRange } from '@/lib/trends-data/range';
import { addDays } from '@/lib/trends-data/range';

const PRESETS = [
  { days: 7, label: '7 ngày' },
  { days: 28, label: '28 ngày' },
  { days: 91, label: '13 tuần' },
  { days: 365, label: '1 năm' },
];

/** The date range (a GET form: the address holds the view, so it can be shared). */
export function RangeForm({ range, articleId }: { range: DayRange; articleId?: string }) {
  const field = 'rounded border border-slate-500 px-2 py-1';
  const preset = (days: number) => {
    const q = new URLSearchParams({ tu: addDays(range.to, 1 - days), den: range.to });
    if (articleId) q.set('bai', articleId);
    return `/quan-tri/xu-huong?${q}`;
  };
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4"
    >
      <div className="flex flex-col">
        <label htmlFor="tu" className="font-semibold">
          Từ ngày
        </label>
        <input id="tu" name="tu" type="date" defaultValue={range.from} className={field} />
      </div>
      <div className="flex flex-col">
        <label htmlFor="den" className="font-semibold">
          Đến ngày
        </label>
        <input id="den" name="den" type="date" defaultValue={range.to} className={field} />
      </div>
      {articleId ? <input type="hidden" name="bai" value={articleId} /> : null}
      <button type="submit" className="rounded bg-blue-800 px-4 py-1.5 font-semibold text-white">
        Xem
      </button>
      <nav aria-label="Khoảng ngày thường dùng" className="text-sm">
        <ul className="flex flex-wrap gap-3">
          {PRESETS.map((p) => (
            <li key={p.days}>
              <Link href={preset(p.days)} className="text-blue-800 underline">
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </form>
  );
}
