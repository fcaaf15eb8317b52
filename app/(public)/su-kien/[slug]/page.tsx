import type { Metadata } from 'next';
import { EventView } from '@/components/events/event-view';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { JsonLd } from '@/components/layout/json-ld';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { eventJsonLd } from '@/lib/events/json-ld';
import { getPublishedEvent } from '@/lib/events/queries';
import { publicPageMetadata } from '@/lib/site/metadata';

// Cached whole (ISR) like /tin-tuc/[slug], expired by the event's tag when a
// revision is approved or the event is taken down; the page states no
// clock-dependent phase, so the safety net is its only lifetime. No params
// at build time (the build needs no database); nothing public at the slug
// answers NotFoundResponse (a cached 404 with its message).
export const revalidate = 3600; // SAFETY_NET_SECONDS of lib/cache/policy.mjs, as the literal Next reads

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const e = await getPublishedEvent(slug);
  if (!e) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return {
    title: e.title,
    description: e.summary.slice(0, 300),
    ...publicPageMetadata({
      path: `/su-kien/${e.slug}`,
      title: e.title,
      description: e.summary,
      cover: e.photos[0] ?? null,
    }),
  };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const e = await getPublishedEvent(slug);
  if (!e) return <NotFoundResponse />;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={eventJsonLd(e)} />
      <Breadcrumb
        trail={[
          { href: '/', label: 'Trang chủ' },
          { href: '/su-kien', label: 'Sự kiện' },
        ]}
      />
      <div className="mt-4">
        <EventView event={e} />
      </div>
    </div>
  );
}
