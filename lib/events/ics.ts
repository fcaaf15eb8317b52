import ical, { ICalCalendarMethod } from 'ical-generator';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { EventSummary } from './queries';

dayjs.extend(utc);
dayjs.extend(timezone);

export const VN_TZID = 'Asia/Ho_Chi_Minh';

/**
 * Vietnam has kept UTC+7 all year, with no daylight saving, since 1975, so
 * one STANDARD rule is the whole zone. Calendars that do not know the TZID
 * read the offset from here.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VN_TZID}`,
  `X-LIC-LOCATION:${VN_TZID}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** An instant as ical-generator writes it in Vietnam time (DTSTART;TZID=Asia/Ho_Chi_Minh:…). */
function vnTime(iso: string) {
  return dayjs(iso).tz(VN_TZID);
}

/**
 * RFC 5545 wants DTSTAMP in UTC ("…Z"), but ical-generator writes it in the
 * calendar's zone with no offset. Vietnam time is UTC+7 all year, so the
 * stamp written is turned back into its UTC form here.
 */
function stampsInUtc(text: string): string {
  return text.replace(/^DTSTAMP:(\d{8}T\d{6})\r$/gm, (_, local: string) => {
    const at = dayjs.tz(
      local.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3T$4:$5:$6'),
      VN_TZID,
    );
    return `DTSTAMP:${at.utc().format('YYYYMMDD[T]HHmmss[Z]')}\r`;
  });
}

/** An event without a stated end lasts this long in a calendar. */
const DEFAULT_HOURS = 2;

export type CalendarMeta = {
  name: string;
  description: string;
  /** Absolute URL of an event's page. */
  eventUrl: (slug: string) => string;
  /** The host of the portal: with the slug, each event's stable UID. */
  host: string;
};

/**
 * An iCalendar (RFC 5545) document of the given published events, in
 * Vietnam time with its VTIMEZONE. The UID stays the same across changes
 * and DTSTAMP is when the public copy last changed, so a subscribed
 * calendar updates the event in place; a taken-down event is simply gone.
 */
export function eventsCalendar(meta: CalendarMeta, events: EventSummary[]): string {
  const calendar = ical({
    name: meta.name,
    description: meta.description,
    prodId: { company: meta.host, product: 'su-kien', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: VN_TZID, generator: () => VTIMEZONE },
    ttl: 3600,
  });
  for (const e of events) {
    const start = vnTime(e.startsAt);
    const end = e.endsAt ? vnTime(e.endsAt) : start.add(DEFAULT_HOURS, 'hour');
    const url = meta.eventUrl(e.slug);
    const where = [e.place, e.onlineUrl].filter(Boolean).join(' · ');
    calendar.createEvent({
      id: `${e.slug}@${meta.host}`,
      start,
      end,
      timezone: VN_TZID,
      stamp: dayjs(e.updatedAt).tz(VN_TZID),
      summary: e.title,
      description: [
        `${e.kindLabel}. ${e.summary}`,
        e.hostUnit && `Đơn vị chủ trì: ${e.hostUnit}`,
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: where || null,
      url,
      categories: [{ name: e.kindLabel }],
    });
  }
  return stampsInUtc(calendar.toString());
}
