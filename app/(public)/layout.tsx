import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { loadNavItems } from '@/components/layout/nav-items';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { MAIN_ID } from '@/components/layout/site';
import { feedAlternates } from '@/lib/site/feed-links';
import { getFooterItems } from '@/lib/pages/queries';

/** Feed autodiscovery on every reading page; category pages add their own feeds. */
export function generateMetadata(): Metadata {
  return { alternates: feedAlternates() };
}

/** Chrome of the reading pages: Server Components only, no client JavaScript of their own. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [items, footer] = await Promise.all([loadNavItems(), getFooterItems()]);
  return (
    <>
      <SiteHeader items={items} />
      <main id={MAIN_ID} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <SiteFooter items={footer} />
    </>
  );
}
