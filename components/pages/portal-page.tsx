import type { Metadata } from 'next';
import { FooterItems } from '@/components/layout/footer-items';
import { InfoPage } from '@/components/pages/info-page';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getFooterItems, getPublishedPage } from '@/lib/pages/queries';
import { PAGE_SLUGS, ROUTED_PAGE_SLUGS } from '@/lib/core/page-slugs';
import { publicPageMetadata } from '@/lib/site/metadata';

/**
 * /gioi-thieu, /lien-he and /en: the portal's own pages, approved like
 * articles, cached whole like the reading pages (app/(public)/trang-thong-tin).
 * A page with no published revision answers the Vietnamese 404.
 */
async function pageAt(slug: string) {
  return ROUTED_PAGE_SLUGS.includes(slug) ? getPublishedPage(slug) : null;
}

/** The page's title, description, canonical link and Open Graph locale. */
export async function portalPageMetadata(slug: string): Promise<Metadata> {
  const page = await pageAt(slug);
  if (!page) return { title: 'Không tìm thấy trang' };
  const base = publicPageMetadata({
    path: `/${page.slug}`,
    title: page.title,
    description: page.lead,
  });
  const locale = page.locale === 'en' ? 'en_US' : 'vi_VN';
  return {
    ...base,
    title: page.title,
    description: page.lead,
    openGraph: { ...base.openGraph, locale },
  };
}

export async function PortalPage({ slug }: { slug: string }) {
  const page = await pageAt(slug);
  if (!page) return <NotFoundResponse />;
  if (page.slug !== PAGE_SLUGS.contact) return <InfoPage page={page} />;
  const contacts = await getFooterItems();
  return (
    <InfoPage page={page}>
      {contacts.length > 0 ? (
        <section aria-labelledby="thong-tin-co-quan" className="mt-8">
          <h2 id="thong-tin-co-quan" className="text-2xl font-bold">
            Thông tin cơ quan
          </h2>
          <FooterItems items={contacts} className="mt-3 text-lg" />
        </section>
      ) : null}
    </InfoPage>
  );
}
