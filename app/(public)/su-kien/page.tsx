import type { Metadata } from 'next';
import { EventCard } from '@/components/events/event-card';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { Pagination } from '@/components/ui/pagination';
import { eventsPage, getPublishedEvents } from '@/lib/events/queries';
import { publicPageMetadata } from '@/lib/site/metadata';

// Which events are upcoming depends on the clock, so the page is rendered
// per request, like /du-thao (the build needs no database); the list itself
// comes from the tagged data cache, expired when an event is approved or
// taken down.
export const dynamic = 'force-dynamic';

const TITLE = 'Sự kiện';
const DESCRIPTION =
  'Họp báo, tọa đàm, chương trình kết nối truyền thông và đối thoại chính sách: sắp diễn ra và đã diễn ra.';

type Props = { searchParams: Promise<{ trang?: string | string[] }> };

/** `?trang=N` written one way only: '2', never '02' or '+2'; absent is page 1. */
function pageOf(trang: string | string[] | undefined): number | null {
  if (trang === undefined || trang === '') return 1;
  return typeof trang === 'string' && /^[1-9]\d{0,5}$/.test(trang) ? Number(trang) : null;
}

const href = (page: number) => (page === 1 ? '/su-kien' : `/su-kien?trang=${page}`);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageOf((await searchParams).trang) ?? 1;
  return {
    title: page > 1 ? `${TITLE} (trang ${page})` : TITLE,
    description: DESCRIPTION,
    ...publicPageMetadata({ path: href(page), title: TITLE, description: DESCRIPTION }),
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const page = pageOf((await searchParams).trang);
  const data = page === null ? null : eventsPage(await getPublishedEvents(), page, new Date());
  if (!data) return <NotFoundResponse />;
  const upcoming = data.items.filter((e) => e.upcoming);
  const past = data.items.filter((e) => !e.upcoming);
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb trail={[{ href: '/', label: 'Trang chủ' }]} current={TITLE} />
      <h1 className="mt-4 text-3xl leading-tight font-bold text-brand">{TITLE}</h1>
      <p className="mt-2 text-slate-800">{DESCRIPTION}</p>
      <p className="mt-2 text-sm">
        <a href="/su-kien.ics" className="text-link underline">
          Theo dõi lịch sự kiện (iCalendar)
        </a>{' '}
        ·{' '}
        <a href="/su-kien/rss.xml" className="text-link underline">
          RSS
        </a>
      </p>
      {data.page === 1 || upcoming.length > 0 ? (
        <section aria-labelledby="sap-dien-ra" className="mt-8">
          <h2 id="sap-dien-ra" className="text-xl font-bold">
            Sắp diễn ra ({data.upcomingCount})
          </h2>
          {upcoming.length > 0 ? (
            upcoming.map((e) => <EventCard key={e.slug} event={e} heading="h3" />)
          ) : (
            <p className="mt-2 text-slate-700">Chưa có sự kiện nào sắp diễn ra.</p>
          )}
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="da-dien-ra" className="mt-8">
          <h2 id="da-dien-ra" className="text-xl font-bold">
            Đã diễn ra
          </h2>
          {past.map((e) => (
            <EventCard key={e.slug} event={e} heading="h3" />
          ))}
        </section>
      ) : null}
      <Pagination page={data.page} pageCount={data.pageCount} href={href} />
    </div>
  );
}
