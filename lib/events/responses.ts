import 'server-only';
import { MINISTRY_NAME, PORTAL_NAME } from '../site/names';
import { absoluteUrl, siteUrl } from '../site/url';
import { eventsRss } from './feed';
import { eventsCalendar } from './ics';
import { type EventSummary, getPublishedEvent, getPublishedEvents } from './queries';

/**
 * The HTTP answers of the events' calendar and feed routes, from the tagged
 * data cache: an approval or take-down expires it, so the next request (and
 * the page memo, which forgets on every expiry) shows the change.
 */

const eventUrl = (slug: string) => absoluteUrl(`/su-kien/${slug}`);

function calendarResponse(events: EventSummary[], name: string, filename: string): Response {
  const body = eventsCalendar(
    {
      name,
      description: `Họp báo, tọa đàm, đối thoại chính sách của ${MINISTRY_NAME}.`,
      eventUrl,
      host: new URL(siteUrl()).host,
    },
    events,
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
    },
  });
}

/** `/su-kien.ics`: every published event. */
export async function calendarFeedResponse(): Promise<Response> {
  return calendarResponse(await getPublishedEvents(), `Sự kiện | ${PORTAL_NAME}`, 'su-kien.ics');
}

/** `/su-kien/{slug}/lich.ics`: one published event, or 404. */
export async function eventCalendarResponse(slug: string): Promise<Response> {
  const event = await getPublishedEvent(slug);
  if (!event) {
    return new Response('Không tìm thấy sự kiện.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return calendarResponse([event], event.title, `${event.slug}.ics`);
}

/** `/su-kien/rss.xml`: the events most recently published or changed. */
export async function eventsFeedResponse(): Promise<Response> {
  const body = eventsRss(
    {
      title: `Sự kiện | ${PORTAL_NAME}`,
      description: `Họp báo, tọa đàm, chương trình kết nối truyền thông và đối thoại chính sách của ${MINISTRY_NAME}.`,
      pageUrl: absoluteUrl('/su-kien'),
      selfUrl: absoluteUrl('/su-kien/rss.xml'),
      eventUrl,
    },
    await getPublishedEvents(),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
