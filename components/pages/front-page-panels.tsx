import Link from 'next/link';
import { EventCard } from '@/components/events/event-card';
import type { ConsultationSummary } from '@/lib/consultations/queries';
import type { EventSummary } from '@/lib/events/queries';
import { formatVnDateTime } from '@/lib/text/date';

const panelHeading = 'border-b-2 border-nav pb-1 text-lg font-bold text-nav';
const moreLink =
  'mt-2 inline-flex min-h-11 items-center font-semibold text-link underline hover:text-brand';

/** The home page's next events (soonest first), with the way to all of them. */
export function NextEvents({ events }: { events: EventSummary[] }) {
  return (
    <section aria-labelledby="su-kien-sap-toi">
      <h2 id="su-kien-sap-toi" className={panelHeading}>
        Sự kiện sắp diễn ra
      </h2>
      {events.length > 0 ? (
        events.map((e) => <EventCard key={e.slug} event={e} heading="h3" compact />)
      ) : (
        <p className="mt-3 text-sm text-slate-700">Chưa có sự kiện nào sắp diễn ra.</p>
      )}
      <Link href="/su-kien" className={moreLink}>
        Tất cả sự kiện ›
      </Link>
    </section>
  );
}

/** The consultations open for comment now, closing soonest first. */
export function OpenConsultations({ items }: { items: ConsultationSummary[] }) {
  return (
    <section aria-labelledby="du-thao-dang-lay-y-kien">
      <h2 id="du-thao-dang-lay-y-kien" className={panelHeading}>
        Dự thảo đang lấy ý kiến
      </h2>
      {items.length > 0 ? (
        <ul className="mt-1">
          {items.map((c) => (
            <li key={c.slug} className="border-b border-slate-200 py-3 last:border-b-0">
              <h3 className="text-base leading-snug font-semibold">
                <Link href={`/du-thao/${c.slug}`} className="text-link underline hover:text-brand">
                  {c.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                Hết hạn góp ý: <time dateTime={c.closesAt}>{formatVnDateTime(c.closesAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-700">Hiện không có dự thảo nào đang lấy ý kiến.</p>
      )}
      <Link href="/du-thao" className={moreLink}>
        Tất cả dự thảo ›
      </Link>
    </section>
  );
}
