import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { KeepTypedTextScript } from '@/components/staff/keep-typed-text-script';
import { StaffHeader } from '@/components/staff/staff-header';
import { requireActor } from '@/lib/auth/guards';

// Staff pages are per user and never cached: reading the session makes them
// dynamic, so Next sends `Cache-Control: private, no-cache, no-store`.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: '%s | Quản trị' },
  robots: { index: false, follow: false, nocache: true },
};

/**
 * The staff area. Anyone not logged in (or deactivated) is sent to
 * /dang-nhap here; each page, action and query checks the actor again.
 */
export default async function StaffLayout({
  children,
  nav,
}: {
  children: ReactNode;
  nav: ReactNode;
}) {
  const actor = await requireActor();
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <KeepTypedTextScript />
      <StaffHeader actor={actor} nav={nav} />
      <main id="noi-dung" className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
