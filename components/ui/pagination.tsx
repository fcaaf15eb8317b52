import Link from 'next/link';

type Props = {
  page: number;
  pageCount: number;
  /** URL of page n; page 1 should be the bare listing URL. */
  href: (page: number) => string;
};

/** Pages to show: the first, the last and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown: (number | 'gap')[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) shown.push(n);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}

const linkClass =
  'inline-flex min-w-11 items-center justify-center rounded border border-slate-300 px-3 py-2 text-link hover:bg-slate-100';

/** Plain links (no script): works with or without JavaScript and for crawlers. */
export function Pagination({ page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="print-hidden mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              ‹ Trang trước
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((n, i) =>
          n === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span
                  aria-current="page"
                  className="inline-flex min-w-11 items-center justify-center rounded bg-nav px-3 py-2 font-semibold text-white"
                >
                  <span className="sr-only">Trang </span>
                  {n}
                </span>
              ) : (
                <Link href={href(n)} className={linkClass}>
                  <span className="sr-only">Trang </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              Trang sau ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
