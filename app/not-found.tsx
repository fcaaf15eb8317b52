import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { MAIN_ID } from '@/components/layout/site';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

export const metadata: Metadata = { title: 'Không tìm thấy trang' };

/**
 * URLs no route matches. Prerendered at build time, when there may be no
 * database, so the header carries only the link home.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader items={[]} />
      <main id={MAIN_ID} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
