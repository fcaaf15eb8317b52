import type { Metadata } from 'next';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { FooterItems } from '@/components/pages/footer-items';
import { InfoPage } from '@/components/pages/info-page';
import { getFooterItems, getPublishedPage } from '@/lib/pages/queries';
import { PAGE_SLUGS, ROUTED_PAGE_SLUGS } from '@/lib/pages/slugs';
import { publicPageMetadata } from '@/lib/site/metadata';

// /gioi-thieu, /lien-he and /en: the portal's own pages, approved like
// articles. One dynamic segment with no params at build time (the build needs
// no database), rendered on first request and cached whole (ISR) until the
// page's tag is expired, like the article route. Any other top-level address
// that no route claims lands here too and answers the Vietnamese 404.
export const revalidate = 3600;

export function generateStaticParams(): { trang: string }[] {
  return [];
}

type Props = { params: Promise<{ trang: string }> };

async function pageAt(slug: string) {
  return ROUTED_PAGE_SLUGS.includes(slug) ? getPublishedPage(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { trang } = await params;
  const page = await pageAt(trang);
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

export default async function PortalPage({ params }: Props) {
  const { trang } = await params;
  const page = await pageAt(trang);
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
