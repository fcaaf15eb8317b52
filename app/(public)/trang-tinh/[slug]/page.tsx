import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CountingNotice } from '@/components/trends/counting-notice';
import { publicPageMetadata } from '@/lib/site/metadata';

// /ve-thong-ke, rewritten here by next.config.ts: a page whose text is the
// code's own account of what it counts (lib/counting), so it changes with
// the code, not through the editorial workflow. As a dynamic route with no
// params at build time (the build needs no database for the layout), it is
// rendered on its first request, then cached whole.
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

const PAGES: Record<string, { title: string; description: string }> = {
  've-thong-ke': {
    title: 'Về thống kê truy cập',
    description: 'Cổng đếm gì về việc đọc tin, không dùng cookie, giữ gì và trong bao lâu.',
  },
};

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  const page = PAGES[slug];
  if (!page) return {};
  return {
    title: page.title,
    description: page.description,
    ...publicPageMetadata({ path: `/${slug}`, title: page.title }),
  };
}

export default async function StaticPage({ params }: Props) {
  const slug = (await params).slug;
  if (!PAGES[slug]) notFound();
  return <CountingNotice />;
}
