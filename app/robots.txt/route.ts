import { absoluteUrl } from '@/lib/site/url';

// The sitemap lines carry the configured public address, read at run time.
export const dynamic = 'force-dynamic';

/** Staff pages, login and the API are not for search engines. */
export function GET(): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /quan-tri',
    'Disallow: /dang-nhap',
    'Disallow: /api',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    `Sitemap: ${absoluteUrl('/sitemap-news.xml')}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
