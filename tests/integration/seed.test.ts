import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { published } from '../../lib/core/published';
import { verifyPassword } from '../../lib/auth/password';
import { db } from '../../lib/db/client';
import { seedDatabase } from '../../lib/seed/run';
import { resetDatabase } from '../helpers/integration';

const SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const SOURCE = path.resolve('lib/seed/source/plvn-mpi-communication-plan-2023.txt');
const vnDate = (d: Date) =>
  d.toLocaleDateString('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${tablename}"`,
    );
    counts[tablename] = Number(rows[0]?.n);
  }
  return counts;
}

async function latestUpdates() {
  const rows = await db().$queryRaw<{ t: string; at: Date | null }[]>`
    SELECT 'article' AS t, max("updatedAt") AS at FROM "Article"
    UNION ALL SELECT 'revision', max("updatedAt") FROM "ArticleRevision"
    UNION ALL SELECT 'user', max("updatedAt") FROM "User"
    UNION ALL SELECT 'plan', max("updatedAt") FROM "CommunicationPlan"`;
  return rows.map((r) => [r.t, r.at?.toISOString() ?? null]);
}

function publishedArticles() {
  return db().article.findMany({
    where: published(),
    orderBy: { publishedAt: 'desc' },
    include: { liveRevision: { include: { coverMedia: true } } },
  });
}

describe('seed with demo accounts', () => {
  let mediaDir: string;
  let source: string;

  beforeAll(async () => {
    await resetDatabase();
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'seed-media-'));
    source = await readFile(SOURCE, 'utf8');
    await seedDatabase(db(), { demoAccounts: true, mediaDir });
  });
  afterAll(() => rm(mediaDir, { recursive: true, force: true }));

  it('changes nothing when run a second time', async () => {
    const counts = await tableCounts();
    const updates = await latestUpdates();
    const report = await seedDatabase(db(), { demoAccounts: true, mediaDir });
    expect(report.articlesCreated).toEqual([]);
    expect(report.accountsCreated).toEqual([]);
    expect(report.pagesCreated).toEqual([]);
    expect(await tableCounts()).toEqual(counts);
    expect(await latestUpdates()).toEqual(updates);
    // Nine news articles and four pages (about, contacts, English, footer).
    expect(counts.Article).toBe(13);
    expect(await db().article.count({ where: { kind: 'PAGE' } })).toBe(4);
  });

  it('publishes the article at its contract slug, word for word, source PLVN', async () => {
    const article = await db().article.findFirst({
      where: { slug: SLUG, ...published() },
      include: { liveRevision: true, category: true },
    });
    const revision = article?.liveRevision;
    expect(revision?.title).toBe(
      'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số',
    );
    expect(revision?.lead).toMatch(/^Mới đây, Bộ Kế hoạch và Đầu tư đã ban hành/);
    expect(source).toContain(`(PLVN) - ${revision?.lead}`);
    expect(revision?.source).toBe('PLVN');
    expect(article?.category.slug).toBe('truyen-thong-chinh-sach');
    expect(article?.category.name).toBe('Truyền thông Chính sách');
    const paragraphs = revision?.body.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(9);
    for (const paragraph of paragraphs) expect(source).toContain(`\n${paragraph}\n`);
    expect(revision?.body).toContain('“xây dựng kế hoạch truyền thông hàng năm');
    expect(revision?.body.normalize('NFC')).toBe(revision?.body);
  });

  it('publishes the eight related items, dated 24-27/4/2024, newest first as the source lists them', async () => {
    const related = (await publishedArticles()).filter((a) => a.slug !== SLUG);
    expect(related.map((a) => a.liveRevision?.title)).toEqual([
      'Chương trình thiện nguyện “cùng em đến trường” tại huyện Đà Bắc, tỉnh Hòa Bình',
      'Truyền thông chính sách góp phần tạo sự đồng thuận xã hội',
      'Diễn đàn cấp cao Việt Nam – Nhật Bản: Thúc đẩy hợp tác pháp luật và tư pháp trong khuôn khổ Dự án JICA',
      'Tổ chức thành công hành trình “Tuổi trẻ vì biển đảo quê hương năm 2024”',
      'Trao Quyết định tham gia Ban Chấp hành Đảng bộ Bộ Tư pháp cho ông Đỗ Xuân Quý',
      'Bắc Kạn giới thiệu văn bản pháp luật mới năm 2024',
      'Đổi mới, hoàn thiện quy trình xây dựng pháp luật chuyên nghiệp, khoa học, kịp thời, khả thi, hiệu quả',
      'Hải Phòng: Chi cục THADS quận Đồ Sơn hoàn thành cưỡng chế chuyển giao quyền sử dụng đất',
    ]);
    expect(related.map((a) => vnDate(a.publishedAt!))).toEqual([
      '27/04/2024',
      '26/04/2024',
      '26/04/2024',
      '25/04/2024',
      '25/04/2024',
      '24/04/2024',
      '24/04/2024',
      '24/04/2024',
    ]);
    // "Ngày 24/4, …" in a lead is the date a reader sees; seven of the eight leads name one.
    const named = related.flatMap((a) => {
      const day = /^(?:Ngày|Sáng) (\d+)\/4,/.exec(a.liveRevision!.lead)?.[1];
      return day ? [[vnDate(a.publishedAt!), `${day.padStart(2, '0')}/04/2024`]] : [];
    });
    expect(named).toHaveLength(7);
    for (const [shown, day] of named) expect(shown).toBe(day);
    for (const article of related) {
      const revision = article.liveRevision!;
      // The printed lead, word for word, once its "(PLVN) -" prefix is put back.
      const lines = source.split('\n');
      expect(
        [`(PLVN) - ${revision.lead}`, `(PLVN) -${revision.lead}`].some((l) => lines.includes(l)),
      ).toBe(true);
      expect(lines).toContain(revision.title);
      expect(revision.source).toBe('PLVN');
      expect(revision.body).toBe(revision.lead);
    }
  });

  it('seeds no picture: the source names photos it does not supply, and no stand-in claims to show them', async () => {
    const articles = await publishedArticles();
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.liveRevision?.coverMedia)).toEqual([]);
    expect(await db().media.count()).toBe(0);
  });

  it('links the article to "Truyền thông chính sách góp phần tạo sự đồng thuận xã hội" under Đọc thêm', async () => {
    const links = await db().articleLink.findMany({
      where: { from: { slug: SLUG } },
      include: { to: true },
    });
    expect(links.map((l) => l.to.slug)).toEqual([
      'truyen-thong-chinh-sach-gop-phan-tao-su-dong-thuan-xa-hoi',
    ]);
  });

  it('records the links on the approved revision too, so an amendment keeps them', async () => {
    const article = await db().article.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { liveRevision: true, readMore: true, planItems: true },
    });
    expect(article.liveRevision?.readMoreIds).toEqual(article.readMore.map((l) => l.toId));
    expect([...(article.liveRevision?.planItemIds ?? [])].sort()).toEqual(
      article.planItems.map((p) => p.planItemId).sort(),
    );
    expect(article.liveRevision?.planItemIds).toHaveLength(5);
  });

  it('seeds the 2023 plan with its basis, items by kind, and the article under all five solutions', async () => {
    const plan = await db().communicationPlan.findUnique({
      where: { year: 2023 },
      include: {
        items: {
          orderBy: [{ kind: 'asc' }, { position: 'asc' }],
          include: { articles: { include: { article: true } } },
        },
      },
    });
    expect(plan?.title).toBe('Kế hoạch truyền thông năm 2023 của Bộ Kế hoạch và Đầu tư');
    expect(plan?.basis).toContain('Chỉ thị số 07/CT-TTg ngày 21/3/2023');
    const byKind = (kind: string) => plan?.items.filter((i) => i.kind === kind) ?? [];
    expect(byKind('PURPOSE').map((i) => i.title)).toContain('Không để ai bị bỏ lại phía sau');
    expect(byKind('PRINCIPLE')).toHaveLength(3);
    expect(byKind('AUDIENCE').map((i) => i.title)).toEqual([
      'Người dân',
      'Doanh nghiệp',
      'Cơ quan',
      'Tổ chức',
      'Cá nhân',
    ]);
    expect(byKind('CHANNEL')).toHaveLength(8);
    expect(byKind('CHANNEL')[0]?.title).toBe('Cổng thông tin điện tử của Bộ Kế hoạch và Đầu tư');
    const solutions = byKind('SOLUTION');
    expect(solutions.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
    for (const solution of solutions) {
      expect(solution.isSummary).toBe(true);
      expect(solution.body.length).toBeGreaterThan(40);
      expect(solution.articles.map((a) => a.article.slug)).toEqual([SLUG]);
    }
    // The source names no event: the demo's only one is the sample, marked as such, carrying out no plan item.
    const events = await db().event.findMany({ include: { planItems: true } });
    expect(events.map((e) => [e.title.startsWith('[Mẫu]'), e.planItems.length])).toEqual([[true, 0]]);
  });

  it('has every published revision approved by the seeded approver, not its author, with an audit trail', async () => {
    const revisions = await db().articleRevision.findMany({
      where: { state: 'PUBLISHED' },
      include: { author: true, approver: true, liveOf: true },
    });
    expect(revisions).toHaveLength(13);
    for (const revision of revisions) {
      expect(revision.liveOf?.id).toBe(revision.articleId);
      expect(revision.author.email).toBe('bientap@example.gov.vn');
      expect(revision.approver?.email).toBe('pheduyet@example.gov.vn');
      expect(revision.approverId).not.toBe(revision.authorId);
      expect(revision.approvedAt?.getTime()).toBe(revision.liveOf?.publishedAt?.getTime());
      const trail = await db().auditEvent.findMany({
        where: { entityType: 'revision', entityId: revision.id },
        orderBy: { at: 'asc' },
      });
      expect(trail.map((e) => [e.action, e.actorId, e.toState])).toEqual([
        ['submit', revision.authorId, 'SUBMITTED'],
        ['approve', revision.approverId, 'PUBLISHED'],
      ]);
    }
  });

  it('creates the five demo accounts, whose password verifies', async () => {
    const users = await db().user.findMany({
      where: { email: { endsWith: '@example.gov.vn' } },
      omit: { passwordHash: false },
      orderBy: { email: 'asc' },
    });
    expect(users.map((u) => [u.email, u.role, u.active])).toEqual([
      ['bientap2@example.gov.vn', 'EDITOR', true],
      ['bientap@example.gov.vn', 'EDITOR', true],
      ['pheduyet2@example.gov.vn', 'APPROVER', true],
      ['pheduyet@example.gov.vn', 'APPROVER', true],
      ['quantri@example.gov.vn', 'ADMIN', true],
    ]);
    for (const user of users) {
      expect(await verifyPassword(user.passwordHash, 'demo-Portal-2023')).toBe(true);
    }
    expect(await db().user.count()).toBe(5);
  });
});

describe('seed without demo accounts (a real server)', () => {
  let mediaDir: string;

  beforeAll(async () => {
    await resetDatabase();
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'seed-media-'));
    await seedDatabase(db(), { demoAccounts: false, mediaDir });
  });
  afterAll(() => rm(mediaDir, { recursive: true, force: true }));

  it('creates no demo account and no account anyone can log in to', async () => {
    expect(await db().user.count({ where: { email: { endsWith: '@example.gov.vn' } } })).toBe(0);
    const users = await db().user.findMany({ omit: { passwordHash: false } });
    expect(users.map((u) => u.email).sort()).toEqual([
      'he-thong-bien-tap@portal.invalid',
      'he-thong-phe-duyet@portal.invalid',
    ]);
    for (const user of users) {
      expect(user.active).toBe(false);
      expect(await verifyPassword(user.passwordHash, 'demo-Portal-2023')).toBe(false);
    }
  });

  it('still publishes every article with an approver other than its author', async () => {
    const revisions = await db().articleRevision.findMany({
      where: { state: 'PUBLISHED' },
      include: { approver: true },
    });
    expect(revisions).toHaveLength(13);
    for (const revision of revisions) {
      expect(revision.approver?.role).toBe('APPROVER');
      expect(revision.approverId).not.toBe(revision.authorId);
    }
  });

  it('changes nothing when run a second time', async () => {
    const counts = await tableCounts();
    await seedDatabase(db(), { demoAccounts: false, mediaDir });
    expect(await tableCounts()).toEqual(counts);
  });
});
