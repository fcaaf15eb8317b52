import 'server-only';
import { MINISTRY_NAME, PORTAL_NAME } from '../site/names';
import { absoluteUrl } from '../site/url';
import { feedPath } from '../site/feed-links';
import { getFeed } from './queries';
import { atomFeed, type FeedMeta, rssFeed } from './xml';

export type FeedFormat = 'rss' | 'atom';

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** The HTTP answer of a feed route: the document, or a 404 for an unknown category. */
async function feedResponse(format: FeedFormat, categorySlug?: string): Promise<Response> {
  const feed = await getFeed(categorySlug);
  if (!feed) {
    return new Response('Không tìm thấy chuyên mục.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const meta: FeedMeta = {
    title: feed.category ? `${feed.category.name} | ${PORTAL_NAME}` : PORTAL_NAME,
    description: feed.category
      ? feed.category.description || `Tin bài chuyên mục ${feed.category.name}.`
      : `Tin bài mới nhất của ${PORTAL_NAME}, ${MINISTRY_NAME}.`,
    pageUrl: absoluteUrl(feed.category ? `/chuyen-muc/${feed.category.slug}` : '/'),
    selfUrl: absoluteUrl(feedPath(format, feed.category?.slug)),
    articleUrl: (slug) => absoluteUrl(`/tin-tuc/${slug}`),
  };
  const body = format === 'rss' ? rssFeed(meta, feed.items) : atomFeed(meta, feed.items);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPE[format] } });
}

// Next passes no params at all to a route without a dynamic segment.
type FeedContext = { params?: Promise<{ slug?: string }> };

/**
 * The GET handler of a feed route: the site's feed, or the category's when
 * the route has a `[slug]` segment. Each route file still declares
 * `dynamic = 'force-dynamic'` itself (Next reads route options only there).
 */
export function feedRoute(format: FeedFormat) {
  return async (_request: Request, { params }: FeedContext): Promise<Response> =>
    feedResponse(format, (await params)?.slug);
}
