import { beforeAll, describe, expect, it } from 'vitest';
import { articleMetadata } from '../../app/(public)/tin-tuc/[slug]/article-metadata';
import { loadPublishedArticle } from '../../lib/articles/queries';
import {
  breadcrumbJsonLd,
  jsonLdScript,
  newsArticleJsonLd,
  organizationJsonLd,
} from '../../lib/site/json-ld';
import { siteUrl } from '../../lib/site/url';
import { resetDatabase } from '../helpers/integration';
import { createCategory, createDraftArticle, createPublishedArticle } from '../helpers/fixtures';
import { createMedia, tempMediaDir } from '../helpers/media';
import { addRevision } from '../helpers/revisions';

const BASE = siteUrl();
const parse = (data: Parameters<typeof jsonLdScript>[0]) =>
  JSON.parse(jsonLdScript(data)) as Record<string, unknown>;

// Written by the media upload (a random name), read back by the tests.
let coverPath = '';
tempMediaDir('json-ld');

beforeAll(async () => {
  await resetDatabase();
  const category = await createCategory({ slug: 'chinh-sach', name: 'Chính sách' });
  const cover = await createMedia({ alt: 'Bìa' });
  coverPath = cover.path;
  const live = await createPublishedArticle({
    category,
    slug: 'bai-co-anh',
    lead: 'Sa-pô.',
    cover,
    publishedAt: new Date(Date.UTC(2024, 3, 27, 3)),
  });
  await addRevision(live.article, {
    state: 'PUBLISHED',
    title: 'Tiêu đề </script><script>alert(1)</script>',
    cover,
    publishedAt: new Date(Date.UTC(2024, 4, 1, 3)),
  });
  await createPublishedArticle({ category, slug: 'khong-anh', title: 'Không ảnh' });
  await createDraftArticle({ category, slug: 'ban-nhap-bi-mat', title: 'Bản nháp bí mật' });
  await createDraftArticle({
    category,
    slug: 'bai-hen-gio',
    title: 'Bài hẹn giờ',
    state: 'SCHEDULED',
  });
});

describe('structured data and sharing metadata', () => {
  it('NewsArticle carries headline, dates, image, publisher; "<" cannot end the script', async () => {
    const article = await loadPublishedArticle('bai-co-anh');
    if (!article) throw new Error('fixture missing');
    const script = jsonLdScript(newsArticleJsonLd(article));
    expect(script).not.toContain('</script>');
    const data = parse(newsArticleJsonLd(article));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề </script><script>alert(1)</script>',
      datePublished: '2024-04-27T03:00:00.000Z',
      dateModified: '2024-05-01T03:00:00.000Z',
      url: `${BASE}/tin-tuc/bai-co-anh`,
      image: [`${BASE}/media/${coverPath}`],
      publisher: { '@type': 'GovernmentOrganization', name: 'Bộ Kế hoạch và Đầu tư' },
    });
  });

  it('BreadcrumbList goes home, category, article', async () => {
    const article = await loadPublishedArticle('bai-co-anh');
    if (!article) throw new Error('fixture missing');
    const data = parse(breadcrumbJsonLd(article));
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${BASE}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Chính sách',
        item: `${BASE}/chuyen-muc/chinh-sach`,
      },
      expect.objectContaining({ position: 3, item: `${BASE}/tin-tuc/bai-co-anh` }),
    ]);
  });

  it('GovernmentOrganization names the ministry', () => {
    expect(parse(organizationJsonLd())).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Bộ Kế hoạch và Đầu tư',
      url: `${BASE}`,
    });
  });

  it('Open Graph: canonical, url, site name, vi_VN, cover or the default image, modified time', async () => {
    const withCover = articleMetadata(await loadPublishedArticle('bai-co-anh'));
    expect(withCover.alternates?.canonical).toBe(`${BASE}/tin-tuc/bai-co-anh`);
    expect(withCover.openGraph).toMatchObject({
      url: `${BASE}/tin-tuc/bai-co-anh`,
      siteName: 'Cổng Truyền thông Chính sách',
      locale: 'vi_VN',
      modifiedTime: '2024-05-01T03:00:00.000Z',
      images: [expect.objectContaining({ url: `${BASE}/media/${coverPath}` })],
    });
    const plain = articleMetadata(await loadPublishedArticle('khong-anh'));
    expect(plain.openGraph).toMatchObject({
      images: [expect.objectContaining({ url: `${BASE}/og-mac-dinh.png` })],
    });
  });

  it('a draft or scheduled article yields no article, so no JSON-LD or metadata of it', async () => {
    for (const slug of ['ban-nhap-bi-mat', 'bai-hen-gio']) {
      const article = await loadPublishedArticle(slug);
      expect(article).toBeNull();
      expect(JSON.stringify(articleMetadata(article))).not.toMatch(/bí mật|hẹn giờ/);
    }
  });
});
