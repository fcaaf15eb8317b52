import { feedResponse } from '@/lib/feeds/response';

// Read per request from the tagged data cache: a publish or take-down
// expires the article lists, and so this feed, at once.
export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  return feedResponse('rss', slug);
}
