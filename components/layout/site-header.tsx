import Link from 'next/link';
import { HeaderSearch } from '@/components/search/header-search';
import { MINISTRY_NAME, PORTAL_NAME } from '@/lib/site/names';

export type NavItem = { href: string; label: string };

/**
 * Portal name and the main navigation (categories, communication plan).
 * Items come from the caller so a page that must not touch the database
 * (the static 404) can still render the same header.
 */
export function SiteHeader({ items }: { items: NavItem[] }) {
  return (
    <header className="on-dark bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-4 sm:py-5">
        <Emblem />
        <Link href="/" className="group rounded-sm no-underline">
          <span className="block text-xs font-semibold tracking-wide text-red-100 uppercase sm:text-sm">
            {MINISTRY_NAME}
          </span>
          <span className="block text-xl leading-tight font-bold group-hover:underline sm:text-2xl">
            {PORTAL_NAME}
          </span>
        </Link>
        <HeaderSearch />
      </div>
      <nav aria-label="Điều hướng chính" className="bg-nav">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2 sm:px-4">
          <NavLink item={{ href: '/', label: 'Trang chủ' }} />
          {items.map((item) => (
            <NavLink key={item.href} item={item} />
          ))}
        </ul>
      </nav>
    </header>
  );
}

function NavLink({ item }: { item: NavItem }) {
  return (
    <li>
      <Link
        href={item.href}
        className="block px-3 py-3 text-sm font-semibold text-white hover:bg-blue-800 hover:underline sm:text-base"
      >
        {item.label}
      </Link>
    </li>
  );
}

/** A plain gold star on red: decorative, the name beside it says it all. */
function Emblem() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 48 48"
      className="h-10 w-10 shrink-0 sm:h-12 sm:w-12"
      focusable="false"
    >
      <circle cx="24" cy="24" r="23" fill="#b91c1c" stroke="#fcd34d" strokeWidth="2" />
      <path
        fill="#fcd34d"
        d="M24 9.5l4.1 12.6h13.2l-10.7 7.8 4.1 12.6L24 34.7l-10.7 7.8 4.1-12.6-10.7-7.8h13.2z"
      />
    </svg>
  );
}
