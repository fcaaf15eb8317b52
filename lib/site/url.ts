import { env } from '../env';

/**
 * The portal's public origin for absolute links (feeds, sitemap, canonical,
 * Open Graph): PUBLIC_URL when set, else http://localhost:PORT.
 */
export function siteUrl(): string {
  const config = env();
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** `path` ("/tin-tuc/…") as an absolute URL on the portal. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
