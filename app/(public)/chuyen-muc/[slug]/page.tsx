import type { Metadata } from 'next';
import {
  CategoryListingView,
  categoryListingMetadata,
} from '@/components/articles/category-listing';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getCategoryListing } from '@/lib/articles/queries';

// Page 1 of a category. Full-route cache (ISR) rendered on demand and expired
// by the tags of its reads, like /tin-tuc/[slug] (see the note there): a
// publish or unpublish expires the article lists, and so this page, at once.
// Later pages (`?trang=N`) are trang/[trang]/page.tsx, reached through the
// rewrite in next.config.ts: a cached page cannot read the query string.
// An unknown category answers NotFoundResponse: a 404 with its message in the HTML.
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return categoryListingMetadata(await getCategoryListing(slug, 1));
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const data = await getCategoryListing(slug, 1);
  return data ? <CategoryListingView {...data} /> : <NotFoundResponse />;
}
