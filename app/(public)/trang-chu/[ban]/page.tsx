import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/articles/article-card';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getLatestArticles } from '@/lib/articles/queries';
import { getCategories } from '@/lib/categories/queries';
import { JsonLd } from '@/components/layout/json-ld';
import { getPlanYears } from '@/lib/plans/queries';
import { byPhase, getPublishedConsultations } from '@/lib/consultations/queries';
import { getPublishedEvents, splitByTime } from '@/lib/events/queries';
import { NextEvents, OpenConsultations } from '@/components/pages/front-page-panels';
import { organizationJsonLd } from '@/lib/site/json-ld';
import { publicPageMetadata } from '@/lib/site/metadata';

// The home page `/`, rewritten here by next.config.ts. A page without params
// would be prerendered by `next build`, which must not need the database; as
// a dynamic route with no params at build time it is rendered on the first
// request, then cached whole (ISR) until a publish or take-down expires the
// tags of the lists it shows, like the article and category pages. Its next
// events and open consultations change with the clock, which no tag
// announces, so a copy lives a minute at most (CLOCK_BOUND_SECONDS of
// lib/cache/policy.mjs, as the literal Next reads; a unit test holds it).
export const revalidate = 60;

/** The one edition `/` is rewritten to; anything else here is no page. */
const HOME_EDITION = 'moi-nhat';

export function generateStaticParams(): { ban: string }[] {
  return [];
}

type Props = { params: Promise<{ ban: string }> };

const LATEST_COUNT = 13;
const NEXT_EVENTS = 4;
const OPEN_CONSULTATIONS = 3;

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: '/' });
}

export default async function HomePage({ params }: Props) {
  if ((await params).ban !== HOME_EDITION) return <NotFoundResponse />;
  const [articles, categories, planYears, events, consultations] = await Promise.all([
    getLatestArticles(LATEST_COUNT),
    getCategories(),
    getPlanYears(),
    getPublishedEvents(),
    getPublishedConsultations(),
  ]);
  const now = new Date();
  const nextEvents = splitByTime(events, now).upcoming.slice(0, NEXT_EVENTS);
  const openConsultations = byPhase(consultations, now).open.slice(0, OPEN_CONSULTATIONS);
  const [top, ...rest] = articles;
  return (
    <>
      <JsonLd data={organizationJsonLd()} />
      <h1 className="border-b-4 border-brand pb-2 text-2xl font-bold text-brand">Tin mới nhất</h1>
      {top ? (
        <div className="mt-6">
          <ArticleCard article={top} heading="h2" variant="lead" showCategory />
        </div>
      ) : (
        <p className="mt-6 text-slate-700">Chưa có tin bài nào được đăng.</p>
      )}
      <div className="mt-10 grid gap-10 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="tin-khac">
          <h2 id="tin-khac" className="sr-only">
            Các tin khác
          </h2>
          <ul className="grid gap-8 sm:grid-cols-2">
            {rest.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} heading="h3" showCategory />
              </li>
            ))}
          </ul>
          {categories.length > 0 ? (
            <ul className="mt-8 flex flex-wrap gap-3">
              {categories.map((c) => (
                <li key={c.slug}>
                  <Link
                    href={`/chuyen-muc/${c.slug}`}
                    className="inline-flex min-h-11 items-center rounded border border-nav px-4 font-semibold text-nav hover:bg-slate-100"
                  >
                    Xem thêm tin {c.name} ›
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <aside className="space-y-8">
          <NextEvents events={nextEvents} />
          <OpenConsultations items={openConsultations} />
          <section aria-labelledby="chuyen-muc">
            <h2 id="chuyen-muc" className="border-b-2 border-nav pb-1 text-lg font-bold text-nav">
              Chuyên mục
            </h2>
            <ul className="mt-3 space-y-3">
              {categories.map((c) => (
                <li key={c.slug}>
                  <Link
                    href={`/chuyen-muc/${c.slug}`}
                    className="font-semibold text-link underline hover:text-brand"
                  >
                    {c.name}
                  </Link>
                  {c.description ? <p className="text-sm text-slate-600">{c.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
          {planYears.length > 0 ? <PlanPromo years={planYears} /> : null}
        </aside>
      </div>
    </>
  );
}

function PlanPromo({ years }: { years: number[] }) {
  return (
    <section aria-labelledby="ke-hoach" className="rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="ke-hoach" className="text-lg font-bold text-nav">
        Kế hoạch truyền thông
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        Mục đích, nguyên tắc, đối tượng, giải pháp trọng tâm và kênh truyền thông chính sách của Bộ,
        cùng các tin bài và sự kiện thực hiện kế hoạch.
      </p>
      <ul className="mt-3 space-y-1">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`/ke-hoach-truyen-thong/${year}`}
              className="font-semibold text-link underline hover:text-brand"
            >
              Kế hoạch truyền thông năm {year}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
