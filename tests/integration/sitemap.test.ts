import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { newsSitemapXml, newsWindowStart, sitemapXml } from '../../lib/sitemap/xml';
import { resetDatabase } from '../helpers/integration';
import {
  createCategory,
  createDraftArticle,
  createPublishedArticle,
  unpublishArticle,
} from '../helpers/fixtures';
import { createPlan } from '../helpers/plans';
import { addRevision } from '../helpers/revisions';

const url = (path: string) => `https://cong.example.gov.vn${path}`;
const parser = new XMLParser();
const locs = (xml: string): string[] => {
  const urls = parser.parse(xml).urlset.url;
  return (Array.isArray(urls) ? urls : [urls]).map((u: { loc: string }) => u.loc);
};

beforeAll(async () => {
  await resetDatabase();
  const category = await createCategory({ slug: 'chinh-sach' });
  await createCategory({ slug: 'an-di', active: false });
  await createPlan(2023, []);
  await createPublishedArticle({
    category,
    slug: 'cu',
    publishedAt: new Date(Date.UTC(2024, 0, 1)),
  });
  await createPublishedArticle({
    category,
    slug: 'tin-moi-nong',
    title: 'Tin mới <nóng>',
    publishedAt: new Date(Date.now() - 3_600_000),
  });
  await createDraftArticle({ category, slug: 'nhap-bi-mat' });
  await createDraftArticle({ category, slug: 'hen-gio', state: 'SCHEDULED' });
  const gone = await createPublishedArticle({
    category,
    slug: 'da-go',
    publishedAt: new Date(Date.now() - 60_000),
  });
  await unpublishArticle(gone.article);
  const amended = await createPublishedArticle({
    category,
    slug: 'da-sua',
    publishedAt: new Date(Date.UTC(2024, 1, 1)),
  });
  await addRevision(amended.article, {
    state: 'PUBLISHED',
    publishedAt: new Date(Date.UTC(2024, 5, 1)),
  });
});

describe('sitemaps', () => {
  it('list every published article with lastmod, active categories and plans; nothing unpublished', async () => {
    const xml = sitemapXml(await loadSitemapData(null), url);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(locs(xml).sort()).toEqual(
      [
        url('/'),
        url('/tin-tuc/tin-moi-nong'),
        url('/tin-tuc/cu'),
        url('/tin-tuc/da-sua'),
        url('/chuyen-muc/chinh-sach'),
        url('/ke-hoach-truyen-thong/2023'),
        url('/du-thao'),
        url('/su-kien'),
      ].sort(),
    );
    expect(xml).toContain(
      `<loc>${url('/tin-tuc/da-sua')}</loc><lastmod>2024-06-01T00:00:00.000Z</lastmod>`,
    );
  });

  it('the news sitemap holds only the last two days, with escaped titles', async () => {
    const xml = newsSitemapXml(await loadSitemapData(newsWindowStart()), url, 'Cổng');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(locs(xml)).toEqual([url('/tin-tuc/tin-moi-nong')]);
    expect(parser.parse(xml).urlset.url['news:news']['news:title']).toBe('Tin mới <nóng>');
  });
});
