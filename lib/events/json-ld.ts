import { MINISTRY_NAME } from '../site/names';
import { absoluteUrl, siteUrl } from '../site/url';
import type { EventDetail } from './queries';

/** An instant written in Vietnam time with its offset: "2026-06-15T08:30:00+07:00". */
export function vnIsoString(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}

function attendanceMode(e: EventDetail): string {
  const mode = e.place && e.onlineUrl ? 'Mixed' : e.onlineUrl ? 'Online' : 'Offline';
  return `https://schema.org/${mode}EventAttendanceMode`;
}

/**
 * schema.org Event for a published event's page, built only from what the
 * published query returned; serialised by jsonLdScript() like the articles'.
 */
export function eventJsonLd(e: EventDetail): Record<string, unknown> {
  const url = absoluteUrl(`/su-kien/${e.slug}`);
  const locations = [
    ...(e.place ? [{ '@type': 'Place', name: e.place, address: e.place }] : []),
    ...(e.onlineUrl ? [{ '@type': 'VirtualLocation', url: e.onlineUrl }] : []),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    url,
    startDate: vnIsoString(e.startsAt),
    ...(e.endsAt ? { endDate: vnIsoString(e.endsAt) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceMode(e),
    location: locations.length === 1 ? locations[0] : locations,
    inLanguage: 'vi',
    ...(e.photos.length > 0 ? { image: e.photos.map((p) => absoluteUrl(p.src)) } : {}),
    organizer: {
      '@type': 'GovernmentOrganization',
      name: e.hostUnit || MINISTRY_NAME,
      url: siteUrl(),
    },
  };
}
