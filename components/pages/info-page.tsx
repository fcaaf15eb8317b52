import type { ReactNode } from 'react';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DateText } from '@/components/ui/date-text';
import type { PageDto } from '@/lib/pages/queries';

/**
 * One of the portal's own pages (about, contacts, English). The content
 * carries its own `lang`, so the English page is read in English inside the
 * Vietnamese chrome. `children` follow the body (the contacts list).
 */
export function InfoPage({ page, children }: { page: PageDto; children?: ReactNode }) {
  const english = page.locale === 'en';
  return (
    <div className="mx-auto max-w-3xl">
      {/* The trail is Vietnamese chrome: the English page is named as its footer link names it. */}
      <Breadcrumb
        trail={[{ href: '/', label: 'Trang chủ' }]}
        current={english ? 'English' : page.title}
      />
      <article lang={page.locale} className="mt-4">
        <h1 className="text-3xl leading-tight font-bold text-slate-900 sm:text-4xl">
          {page.title}
        </h1>
        <p className="mt-4 text-lg leading-relaxed font-semibold text-slate-900 sm:text-xl">
          {page.lead}
        </p>
        {page.bodyHtml ? (
          <div
            className="article-body mt-6"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: renderBody() output passed an allow-list sanitiser
            dangerouslySetInnerHTML={{ __html: page.bodyHtml }}
          />
        ) : null}
        {children}
        <p className="mt-8 text-sm text-slate-700">
          {english ? 'Last updated: ' : 'Cập nhật lúc '}
          <DateText value={page.modifiedAt} withTime />
        </p>
      </article>
    </div>
  );
}
