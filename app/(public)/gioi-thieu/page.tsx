import type { Metadata } from 'next';
import { PortalPage, portalPageMetadata } from '@/components/pages/portal-page';
import { PAGE_SLUGS } from '@/lib/pages/slugs';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Promise<Metadata> {
  return portalPageMetadata(PAGE_SLUGS.about);
}

export default function Page() {
  return <PortalPage slug={PAGE_SLUGS.about} />;
}
