import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLatestArticles } from '../../lib/articles/queries';
import { db } from '../../lib/db/client';
import { loadFeedItems } from '../../lib/feeds/queries';
import { loadFooterItems, loadPublishedPage } from '../../lib/pages/queries';
import { listPagesForStaff } from '../../lib/pages/staff-queries';
import { readSearchParams, searchArticles } from '../../lib/search';
import { seedDatabase } from '../../lib/seed/run';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { amendArticle } from '../../lib/workflow/amend';
import { saveRevision } from '../../lib/workflow/editing';
import { ForbiddenError } from '../../lib/core/errors';
import { approveRevision, submitRevision } from '../../lib/workflow/transitions';
import { unpublishArticle } from '../../lib/workflow/unpublish';
import { resetDatabase } from '../helpers/integration';
import { auditOf, type Cast, cast } from '../helpers/workflow-fixtures';

// A word only the unapproved revision contains.
const SECRET = 'Bimatchuaduyet';

let mediaDir: string;
let people: Cast;

const pageId = async (slug: string) =>
  (await db().article.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const searchSlugs = async (q: string) =>
  (await searchArticles(readSearchParams({ q }))).results?.items.map((hit) => hit.slug) ?? [];
const sitemapPages = async () => (await loadSitemapData(null)).pages.map((p) => p.slug);

/** A new revision of a page, saved as a draft with `body`. */
async function draftOf(slug: string, body: string) {
  const draft = await amendArticle(people.editor, await pageId(slug));
  const stored = await db().articleRevision.findUniqueOrThrow({ where: { id: draft.revision.id } });
  return saveRevision(people.editor, draft.revision.id, draft.revision.version, {
    title: stored.title,
    lead: stored.lead,
    body,
    source: stored.source,
    categoryId: stored.categoryId,
  });
}

beforeAll(async () => {
  await resetDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'pages-media-'));
  await seedDatabase(db(), { demoAccounts: true, mediaDir });
  people = await cast();
});
afterAll(() => rm(mediaDir, { recursive: true, force: true }));

describe('the seeded pages', () => {
  it('name the agency and mark every contact value the source does not give as a sample', async () => {
    const about = await loadPublishedPage('gioi-thieu');
    expect(about?.lead).toContain('Bộ Kế hoạch và Đầu tư');
    const english = await loadPublishedPage('en');
    expect(english).toMatchObject({ locale: 'en' });
    expect(english?.bodyHtml).toContain('Ministry of Planning and Investment');
    expect(english?.bodyHtml).toMatch(/Telephone: Sample/);
    const footer = await loadFooterItems();
    expect(footer.map((i) => i.label)).toEqual([
      'Cơ quan chủ quản',
      'Địa chỉ',
      'Điện thoại',
      'Email',
      'Người chịu trách nhiệm chính',
      'Giấy phép',
    ]);
    expect(footer[0]?.value).toBe('Bộ Kế hoạch và Đầu tư');
    for (const item of footer.slice(1)) expect(item.value).toMatch(/^\(mẫu\) /);
  });

  it('stay out of news lists, feeds and search, and are in the sitemap at their own address', async () => {
    const news = (await loadLatestArticles(50)).map((a) => a.slug);
    expect(news).toHaveLength(9);
    expect(news).not.toContain('gioi-thieu');
    expect((await loadFeedItems(null)).map((a) => a.slug)).not.toContain('lien-he');
    expect(await searchSlugs('Ministry of Planning')).toEqual([]);
    // Not counted either: "Tìm thấy 1 kết quả" above an empty list misleads.
    const english = await searchArticles(readSearchParams({ q: 'Ministry of Planning' }));
    expect(english.results?.total).toBe(0);
    const sitemap = await loadSitemapData(null);
    expect(sitemap.pages.map((p) => p.slug)).toEqual(['en', 'gioi-thieu', 'lien-he']);
    expect(sitemap.articles.map((a) => a.slug)).not.toContain('chan-trang');
  });

  it('are listed for staff, each with its newest revision', async () => {
    const pages = await listPagesForStaff(people.editor);
    expect(pages.map((p) => [p.slug, p.path, p.latestState])).toEqual([
      ['chan-trang', '/', 'PUBLISHED'],
      ['en', '/en', 'PUBLISHED'],
      ['gioi-thieu', '/gioi-thieu', 'PUBLISHED'],
      ['lien-he', '/lien-he', 'PUBLISHED'],
    ]);
  });
});

describe('editing a page goes through approval', () => {
  it('keeps a draft of the footer, then a submitted one, off every public read', async () => {
    const saved = await draftOf('chan-trang', `Cơ quan chủ quản: ${SECRET}`);
    const submitted = await submitRevision(
      people.editor,
      saved.revision.id,
      saved.revision.version,
    );
    expect(JSON.stringify(await loadFooterItems())).not.toContain(SECRET);
    expect(JSON.stringify(await loadSitemapData(null))).not.toContain(SECRET);
    expect(await searchSlugs(SECRET)).toEqual([]);
    // Nobody approves what they wrote: the editor's own submission stays unapproved.
    await expect(
      approveRevision(people.editor, submitted.revision.id, submitted.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const approved = await approveRevision(
      people.approver,
      submitted.revision.id,
      submitted.revision.version,
    );
    expect(approved.tags).toContain('article:chan-trang');
    expect((await loadFooterItems())[0]?.value).toBe(SECRET);
    const actions = (await auditOf(submitted.revision.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['submit', 'approve']));
  });

  it('a draft of the about page is not public; a take-down empties the page and the sitemap', async () => {
    await draftOf('gioi-thieu', `Nội dung ${SECRET} mới`);
    expect((await loadPublishedPage('gioi-thieu'))?.bodyHtml).not.toContain(SECRET);
    await unpublishArticle(people.approver, await pageId('gioi-thieu'), { reason: 'Rà soát lại' });
    expect(await loadPublishedPage('gioi-thieu')).toBeNull();
    expect(await sitemapPages()).toEqual(['en', 'lien-he']);
  });

  it('is not read as a page at a news address, nor a news article as a page', async () => {
    const news = (await loadLatestArticles(1))[0];
    expect(news).toBeDefined();
    expect(await loadPublishedPage(news!.slug)).toBeNull();
  });
});
