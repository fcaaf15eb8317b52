import Link from 'next/link';
import type { EventSummary } from '@/lib/events/queries';
import { whenText } from '@/lib/events/when';

type Props = {
  event: EventSummary;
  heading: 'h2' | 'h3';
  /** The home page's short form: no summary. */
  compact?: boolean;
};

/** One event in a list: kind, title as the link, when (Vietnam time) and where. */
export function EventCard({ event, heading: Heading, compact = false }: Props) {
  const where = event.place || (event.onlineUrl ? 'Trực tuyến' : '');
  return (
    <article className="border-b border-slate-200 py-4 last:border-b-0">
      <p className="text-xs font-semibold tracking-wide text-brand uppercase">{event.kindLabel}</p>
      <Heading className={`${compact ? 'text-base' : 'text-lg'} mt-1 leading-snug font-semibold`}>
        <Link href={`/su-kien/${event.slug}`} className="text-link underline hover:text-brand">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        <time dateTime={event.startsAt}>{whenText(event.startsAt, event.endsAt)}</time>
        {where ? ` · ${where}` : ''}
      </p>
      {compact ? null : <p className="mt-2 line-clamp-3 text-slate-800">{event.summary}</p>}
    </article>
  );
}
