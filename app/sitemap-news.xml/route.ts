import { PORTAL_NAME } from '@/lib/site/names';
import { getSitemapData } from '@/lib/sitemap/queries';
import { newsSitemapXml, newsWindowStart } from '@/lib/sitemap/xml';
import { absoluteUrl } from '@/lib/site/url';

// From the tagged data cache: a publish or take-down expires it at once.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const xml = newsSitemapXml(await getSitemapData(newsWindowStart()), absoluteUrl, PORTAL_NAME);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
