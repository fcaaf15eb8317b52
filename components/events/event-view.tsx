import Link from 'next/link';
import { MediaImage } from '@/components/articles/media-image';
import { DateText } from '@/components/ui/date-text';
import type { EventDetail } from '@/lib/events/queries';
import { whenText } from '@/lib/events/when';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** A published event: its facts, summary, and afterwards the report articles, photos and video. */
export function EventView({ event: e }: { event: EventDetail }) {
  return (
    <article>
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">{e.kindLabel}</p>
      <h1 className="mt-1 text-3xl leading-tight font-bold text-slate-900">{e.title}</h1>
      <dl className="mt-4 space-y-2 rounded border border-slate-300 bg-slate-50 p-4">
        <Fact label="Thời gian">
          <time dateTime={e.startsAt}>{whenText(e.startsAt, e.endsAt)}</time> (giờ Việt Nam)
        </Fact>
        {e.place ? <Fact label="Địa điểm">{e.place}</Fact> : null}
        {e.onlineUrl ? (
          <Fact label="Trực tuyến">
            <a href={e.onlineUrl} className="text-link underline" rel="noopener">
              {e.onlineUrl}
            </a>
          </Fact>
        ) : null}
        {e.hostUnit ? <Fact label="Đơn vị chủ trì">{e.hostUnit}</Fact> : null}
        <Fact label="Lịch">
          <a href={`/su-kien/${e.slug}/lich.ics`} className="text-link underline">
            Thêm vào lịch (.ics)
          </a>
        </Fact>
      </dl>
      <div className="mt-6 space-y-4 text-lg leading-relaxed whitespace-pre-line text-slate-900">
        {e.summary}
      </div>
      {e.reports.length > 0 ? (
        <section aria-labelledby="bai-tuong-thuat" className="mt-8">
          <h2
            id="bai-tuong-thuat"
            className="border-b-2 border-nav pb-1 text-xl font-bold text-nav"
          >
            Bài tường thuật
          </h2>
          <ul className="mt-3 space-y-2">
            {e.reports.map((r) => (
              <li key={r.slug}>
                <Link href={`/tin-tuc/${r.slug}`} className="font-semibold text-link underline">
                  {r.title}
                </Link>{' '}
                <span className="text-sm text-slate-600">
                  (<DateText value={r.publishedAt} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {e.photos.length > 0 ? (
        <section aria-labelledby="hinh-anh" className="mt-8">
          <h2 id="hinh-anh" className="border-b-2 border-nav pb-1 text-xl font-bold text-nav">
            Hình ảnh
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {e.photos.map((p) => (
              <li key={p.src}>
                <figure>
                  <MediaImage media={p} className="rounded" />
                  {p.caption ? (
                    <figcaption className="mt-1 text-sm text-slate-700">{p.caption}</figcaption>
                  ) : null}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {e.videoUrl ? (
        <section aria-labelledby="video" className="mt-8">
          <h2 id="video" className="border-b-2 border-nav pb-1 text-xl font-bold text-nav">
            Video
          </h2>
          <p className="mt-3">
            <a href={e.videoUrl} className="font-semibold text-link underline" rel="noopener">
              Xem video sự kiện
            </a>
          </p>
        </section>
      ) : null}
      <p className="mt-8 text-sm text-slate-600">
        Đăng ngày <DateText value={e.publishedAt} />
      </p>
    </article>
  );
}
