import { numberVi } from './scale';

/** A ranked list drawn as horizontal bars (the numbers are in the table beside). */
export function RankedBars({
  items,
  title,
}: {
  items: { label: string; value: number }[];
  title: string;
}) {
  if (items.length === 0)
    return <p className="text-slate-700">Chưa có dữ liệu trong khoảng ngày này.</p>;
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ol className="space-y-1" aria-label={title}>
      {items.map((item) => (
        <li
          key={item.label}
          className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 text-sm"
        >
          <span className="truncate" title={item.label}>
            {item.label}
          </span>
          <span className="tabular-nums">{numberVi.format(item.value)}</span>
          <svg
            className="col-span-2 h-2 w-full"
            viewBox="0 0 100 2"
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <rect width={(item.value / max) * 100} height="2" fill="#1d4ed8" />
          </svg>
        </li>
      ))}
    </ol>
  );
}
