import type { Metadata } from 'next';
import { absoluteUrl } from './url';

type Alternates = NonNullable<Metadata['alternates']>;

export function feedPath(format: 'rss' | 'atom', categorySlug?: string): string {
  const file = format === 'rss' ? 'rss.xml' : 'atom.xml';
  return categorySlug ? `/chuyen-muc/${categorySlug}/${file}` : `/${file}`;
}

/**
 * <link rel="alternate"> for the site feeds, and a category's when given.
 * Next replaces (not merges) `alternates` set by a parent, so a page that sets
 * its own (canonical) spreads this in.
 */
export function feedAlternates(category?: { slug: string; name: string }): Alternates {
  const rss = [{ url: absoluteUrl(feedPath('rss')), title: 'Tin mới (RSS)' }];
  const atom = [{ url: absoluteUrl(feedPath('atom')), title: 'Tin mới (Atom)' }];
  if (category) {
    rss.push({ url: absoluteUrl(feedPath('rss', category.slug)), title: `${category.name} (RSS)` });
    atom.push({
      url: absoluteUrl(feedPath('atom', category.slug)),
      title: `${category.name} (Atom)`,
    });
  }
  return { types: { 'application/rss+xml': rss, 'application/atom+xml': atom } };
}
