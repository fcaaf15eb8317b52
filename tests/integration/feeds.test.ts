import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_SIZE, loadFeedItems } from '../../lib/feeds/queries';
import { atomFeed, type FeedMeta, rssFeed } from '../../lib/feeds/xml';
import type { Category } from '../../lib/generated/prisma/client';
import { resetDatabase } from '../helpers/integration';
import {
  createCategory,
  createDraftArticle,
  createPublishedArticle,
  unpublishArticle,
} from '../helpers/fixtures';
import { addRevision } from '../helpers/revisions';

const BASE = 'https://cong.example.gov.vn';
const meta: FeedMeta = {
  title: 'Cổng & "Tin"',
  description: 'Mô tả <b>',
  pageUrl: `${BASE}/`,
  selfUrl: `${BASE}/rss.xml`,
  articleUrl: (slug) => `${BASE}/tin-tuc/${slug}`,
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

type RssItem = { title: string; link: string; pubDate: string; guid: { '#text': string } };
type AtomEntry = { title: string; link: { '@href': string }; published: string; updated: string };

let news: Category;
let other: Category;

beforeAll(async () => {
  await resetDatabase();
  news = await createCategory({ slug: 'tin-chung', name: 'Tin chung' });
  other = await createCategory({ slug: 'khac', name: 'Khác' });
  for (let i = 0; i < FEED_SIZE + 5; i++) {
    await createPublishedArticle({
      category: news,
      title: `Tin số ${i} <đầu tư> & "phát triển"`,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000),
    });
  }
  await createPublishedArticle({
    category: other,
    slug: 'tin-khac',
    title: 'Tin khác',
    publishedAt: new Date(Date.UTC(2023, 0, 1)),
  });
  await createDraftArticle({ category: news, slug: 'ban-nhap-bi-mat', title: 'Bản nháp bí mật' });
  const gone = await createPublishedArticle({
    category: news,
    slug: 'bai-da-go',
    title: 'Bài đã gỡ',
    publishedAt: new Date(Date.UTC(2025, 0, 1)),
  });
  await unpublishArticle(gone.article);
  const edited = await createPublishedArticle({
    category: news,
    slug: 'ban-dang-dang',
    title: 'Bản đang đăng',
    publishedAt: new Date(Date.UTC(2025, 0, 2)),
  });
  await addRevision(edited.article, { state: 'SUBMITTED', title: 'Bản sửa chờ duyệt' });
});

describe('feeds', () => {
  it('RSS 2.0: valid XML, the newest 50 published, titles, links and dates as written', async () => {
    const xml = rssFeed(meta, await loadFeedItems(null));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBe('Cổng & "Tin"');
    const items = asArray<RssItem>(channel.item);
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.title).toBe('Bản đang đăng');
    expect(items[0]?.link).toBe(`${BASE}/tin-tuc/ban-dang-dang`);
    expect(new Date(items[0]?.pubDate ?? '').toISOString()).toBe('2025-01-02T00:00:00.000Z');
    expect(items[1]?.title).toBe(`Tin số ${FEED_SIZE + 4} <đầu tư> & "phát triển"`);
    expect(items.map((item) => item.title).join('|')).not.toMatch(/nháp|đã gỡ|chờ duyệt/);
  });

  it('Atom 1.0: valid XML, a category feed holds only that category', async () => {
    const xml = atomFeed(
      { ...meta, selfUrl: `${BASE}/chuyen-muc/khac/atom.xml` },
      await loadFeedItems(other.id),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    const entries = asArray<AtomEntry>(feed.entry);
    expect(entries.map((entry) => entry.title)).toEqual(['Tin khác']);
    expect(entries[0]?.link['@href']).toBe(`${BASE}/tin-tuc/tin-khac`);
    expect(entries[0]?.published).toBe('2023-01-01T00:00:00.000Z');
    expect(feed.updated).toBe('2023-01-01T00:00:00.000Z');
  });

  it('Atom of the whole site leaves out drafts, taken-down articles and unapproved edits', async () => {
    const xml = atomFeed(meta, await loadFeedItems(null));
    expect(xml).not.toMatch(/nháp bí mật|Bài đã gỡ|chờ duyệt/);
    expect(asArray<AtomEntry>(parser.parse(xml).feed.entry)).toHaveLength(FEED_SIZE);
  });
});
