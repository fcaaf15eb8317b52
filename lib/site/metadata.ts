import type { Metadata } from 'next';
import { PORTAL_NAME } from './names';
import type { MediaDto } from '../articles/dto';
import { feedAlternates } from './feed-links';
import { absoluteUrl } from './url';

/** The picture shown when a page without a cover is shared (public/). */
export const DEFAULT_SHARE_IMAGE = {
  path: '/og-mac-dinh.png',
  width: 1200,
  height: 630,
  alt: PORTAL_NAME,
};

/** og:image for a cover, else the default picture; always absolute. */
export function shareImage(cover: MediaDto | null) {
  const image = cover
    ? { path: cover.src, width: cover.width, height: cover.height, alt: cover.alt }
    : DEFAULT_SHARE_IMAGE;
  return { url: absoluteUrl(image.path), width: image.width, height: image.height, alt: image.alt };
}

/**
 * What every public page carries in <head>: its canonical address, the feed
 * links (Next replaces a parent's `alternates`, so they are repeated here)
 * and the Open Graph basics for sharing.
 */
export function publicPageMetadata(opts: {
  path: string;
  title?: string;
  description?: string;
  category?: { slug: string; name: string };
  cover?: MediaDto | null;
}): Pick<Metadata, 'alternates' | 'openGraph'> {
  const url = absoluteUrl(opts.path);
  return {
    alternates: { canonical: url, ...feedAlternates(opts.category) },
    openGraph: {
      type: 'website',
      url,
      siteName: PORTAL_NAME,
      locale: 'vi_VN',
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.description ? { description: opts.description } : {}),
      images: [shareImage(opts.cover ?? null)],
    },
  };
}
