import type { Metadata } from 'next';
import { PortalPage, portalPageMetadata } from '@/components/pages/portal-page';

// /gioi-thieu, /lien-he and /en, rewritten here by next.config.ts. As a
// dynamic route with no params at build time (the build needs no database),
// each is rendered on its first request, then cached whole (ISR) until
// approving or taking down the page expires the tags of what it read.
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return portalPageMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <PortalPage slug={(await params).slug} />;
}
