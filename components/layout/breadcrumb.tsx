import Link from 'next/link';

export type Crumb = { href: string; label: string };

function Separator() {
  return (
    <span aria-hidden="true" className="text-slate-500">
      ›
    </span>
  );
}

/** "Trang chủ › …" trail; `current`, when given, is this page and is not a link. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current?: string }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, i) => (
          <li key={crumb.href} className="flex items-center gap-2">
            {i > 0 ? <Separator /> : null}
            <Link href={crumb.href} className="text-link underline hover:text-brand">
              {crumb.label}
            </Link>
          </li>
        ))}
        {current ? (
          <li aria-current="page" className="flex min-w-0 items-center gap-2 text-slate-700">
            <Separator />
            <span className="line-clamp-1">{current}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
