import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import {
  CategoryListingView,
  categoryListingMetadata,
  categoryPageHref,
} from '@/components/articles/category-listing';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getCategoryListing } from '@/lib/articles/queries';

// `/chuyen-muc/{slug}?trang=N`, rewritten here by next.config.ts so the page
// can be cached whole (ISR) and expired by tag like page 1 (see there).
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { slug: string; trang: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; trang: string }> };

/**
 * A page number written one way only: '2', never '02', '2.0' or '+2'; '0'
 * and 'abc' are no page. next.config's rewrite already sends every other
 * `?trang=` value to '0'; this guards the route's own address too.
 */
function pageOf(trang: string): number | null {
  return /^[1-9]\d{0,5}$/.test(trang) ? Number(trang) : null;
}

async function load(params: Props['params']) {
  const { slug, trang } = await params;
  const page = pageOf(trang);
  return page === null ? null : getCategoryListing(slug, page);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryListingMetadata(await load(params));
}

export default async function CategoryPageN({ params }: Props) {
  const data = await load(params);
  if (!data) return <NotFoundResponse />;
  // `?trang=1` has an address of its own: the bare listing URL.
  if (data.listing.page === 1) permanentRedirect(categoryPageHref(data.category.slug, 1));
  return <CategoryListingView {...data} />;
}
