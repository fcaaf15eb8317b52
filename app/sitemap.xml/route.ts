import { getSitemapData } from '@/lib/sitemap/queries';
import { sitemapXml } from '@/lib/sitemap/xml';
import { absoluteUrl } from '@/lib/site/url';

// From the tagged data cache: a publish or take-down expires it at once.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const xml = sitemapXml(await getSitemapData(null), absoluteUrl);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
