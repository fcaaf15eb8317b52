import { db } from '../../lib/db/client';
import type {
  Article,
  ArticleRevision,
  Category,
  CommunicationPlan,
  Event,
  Media,
  PlanItem,
  User,
} from '../../lib/generated/prisma/client';
import type {
  EventKind,
  PlanItemKind,
  RevisionState,
  Role,
} from '../../lib/generated/prisma/enums';

/**
 * Factories that put rows in a given state directly through Prisma, for
 * tests of reads and of the workflow. They bypass the workflow (and write no
 * audit rows) on purpose: the test decides the starting state.
 * Every name and slug is unique within a run, so tests need no cleanup
 * between calls (resetDatabase() between files or tests is enough).
 */

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

/** A staff account; the hash is a placeholder unless `passwordHash` is given. */
export async function createUser(
  role: Role = 'EDITOR',
  overrides: Partial<Pick<User, 'email' | 'name' | 'active' | 'passwordHash'>> = {},
): Promise<User> {
  const n = next();
  return db().user.create({
    data: {
      email: `${role.toLowerCase()}-${n}@fixture.example.gov.vn`,
      name: `Cán bộ ${n}`,
      passwordHash: 'fixture-no-login',
      role,
      ...overrides,
    },
  });
}

export async function createCategory(
  overrides: Partial<Pick<Category, 'slug' | 'name' | 'description' | 'position' | 'active'>> = {},
): Promise<Category> {
  const n = next();
  return db().category.create({
    data: { slug: `chuyen-muc-${n}`, name: `Chuyên mục ${n}`, position: n, ...overrides },
  });
}

export async function createMedia(
  overrides: Partial<Pick<Media, 'path' | 'alt' | 'caption' | 'credit'>> = {},
): Promise<Media> {
  const n = next();
  return db().media.create({
    data: {
      path: `fixtures/anh-${n}.png`,
      mimeType: 'image/png',
      byteSize: 1024,
      width: 1200,
      height: 675,
      alt: `Ảnh minh hoạ ${n}`,
      caption: `Chú thích ảnh ${n}`,
      credit: 'PLVN',
      ...overrides,
    },
  });
}

export type ArticleInput = {
  category: Pick<Category, 'id'>;
  title?: string;
  slug?: string;
  lead?: string;
  body?: string;
  source?: string;
  author?: Pick<User, 'id'>;
  approver?: Pick<User, 'id'>;
  cover?: Pick<Media, 'id'>;
  coverCaption?: string;
  changeNote?: string;
};

export type ArticleFixture = { article: Article; revision: ArticleRevision };

async function fixtureStaff(role: Role): Promise<Pick<User, 'id'>> {
  const email = `fixture-${role.toLowerCase()}@fixture.example.gov.vn`;
  return db().user.upsert({
    where: { email },
    update: {},
    create: { email, name: `Fixture ${role}`, passwordHash: 'fixture-no-login', role },
    select: { id: true },
  });
}

function revisionContent(input: ArticleInput, n: number) {
  return {
    title: input.title ?? `Bài viết ${n}`,
    lead: input.lead ?? `Sa-pô của bài viết ${n}.`,
    body: input.body ?? `Nội dung bài viết ${n}.`,
    source: input.source ?? 'PLVN',
    categoryId: input.category.id,
    coverMediaId: input.cover?.id ?? null,
    coverCaption: input.coverCaption ?? null,
    changeNote: input.changeNote ?? null,
  };
}

/** A live article: one PUBLISHED revision, approved, first published at `publishedAt`. */
export async function createPublishedArticle(
  input: ArticleInput & { publishedAt?: Date },
): Promise<ArticleFixture> {
  const n = next();
  const at = input.publishedAt ?? new Date(Date.now() - n * 60_000);
  const author = input.author ?? (await fixtureStaff('EDITOR'));
  const approver = input.approver ?? (await fixtureStaff('APPROVER'));
  const article = await db().article.create({
    data: { slug: input.slug ?? `bai-viet-${n}`, categoryId: input.category.id, publishedAt: at },
  });
  const revision = await db().articleRevision.create({
    data: {
      ...revisionContent(input, n),
      articleId: article.id,
      number: 1,
      state: 'PUBLISHED',
      authorId: author.id,
      contributorIds: [author.id],
      submitterId: author.id,
      approverId: approver.id,
      submittedAt: at,
      approvedAt: at,
      publishAt: at,
      publishedAt: at,
    },
  });
  const live = await db().article.update({
    where: { id: article.id },
    data: { liveRevisionId: revision.id },
  });
  return { article: live, revision };
}

/**
 * An article that is not public: its only revision is in `state` (DRAFT by
 * default; SCHEDULED gets a publishAt in the future). UNPUBLISHED models an
 * article taken down: first publication kept, no live revision.
 */
export async function createDraftArticle(
  input: ArticleInput & { state?: Exclude<RevisionState, 'PUBLISHED'> },
): Promise<ArticleFixture> {
  const n = next();
  const state = input.state ?? 'DRAFT';
  const author = input.author ?? (await fixtureStaff('EDITOR'));
  const past = new Date(Date.now() - 86_400_000);
  const article = await db().article.create({
    data: {
      slug: input.slug ?? `bai-chua-dang-${n}`,
      categoryId: input.category.id,
      publishedAt: state === 'UNPUBLISHED' ? past : null,
    },
  });
  const revision = await db().articleRevision.create({
    data: {
      ...revisionContent(input, n),
      articleId: article.id,
      number: 1,
      state,
      authorId: author.id,
      contributorIds: [author.id],
      submitterId: state === 'DRAFT' ? null : author.id,
      submittedAt: state === 'DRAFT' ? null : past,
      publishAt: state === 'SCHEDULED' ? new Date(Date.now() + 86_400_000) : null,
      publishedAt: state === 'UNPUBLISHED' ? past : null,
      rejectionNote: state === 'REJECTED' ? 'Cần bổ sung nguồn.' : null,
    },
  });
  return { article, revision };
}

/**
 * Adds revision number n+1 to an article. PUBLISHED makes it live (the old
 * live revision becomes SUPERSEDED), as a later approved edit would.
 */
export async function addRevision(
  article: Pick<Article, 'id' | 'categoryId'>,
  input: Omit<ArticleInput, 'category'> & { state: RevisionState; publishedAt?: Date },
): Promise<ArticleRevision> {
  const last = await db().articleRevision.findFirstOrThrow({
    where: { articleId: article.id },
    orderBy: { number: 'desc' },
  });
  const author = input.author ?? (await fixtureStaff('EDITOR'));
  const isLive = input.state === 'PUBLISHED';
  const at = input.publishedAt ?? new Date();
  const revision = await db().articleRevision.create({
    data: {
      ...revisionContent({ ...input, category: { id: article.categoryId } }, next()),
      articleId: article.id,
      number: last.number + 1,
      state: input.state,
      authorId: author.id,
      contributorIds: [author.id],
      publishedAt: isLive ? at : null,
    },
  });
  if (isLive) {
    await db().articleRevision.updateMany({
      where: { articleId: article.id, state: 'PUBLISHED', id: { not: revision.id } },
      data: { state: 'SUPERSEDED' },
    });
    await db().article.update({ where: { id: article.id }, data: { liveRevisionId: revision.id } });
  }
  return revision;
}

/** Takes a live article down as the workflow would: no live revision, date kept. */
export async function unpublishArticle(article: Pick<Article, 'id'>): Promise<void> {
  await db().articleRevision.updateMany({
    where: { articleId: article.id, state: 'PUBLISHED' },
    data: { state: 'UNPUBLISHED' },
  });
  await db().article.update({ where: { id: article.id }, data: { liveRevisionId: null } });
}

// goLive copies the live revision's links to the article: keep the two in step.
async function syncLiveRevisionLinks(articleId: string): Promise<void> {
  await db().$executeRaw`UPDATE "ArticleRevision" r SET
    "readMoreIds" = ARRAY(SELECT "toId" FROM "ArticleLink" WHERE "fromId" = ${articleId} ORDER BY "position"),
    "planItemIds" = ARRAY(SELECT "planItemId" FROM "ArticlePlanItem" WHERE "articleId" = ${articleId})
    FROM "Article" a WHERE a."id" = ${articleId} AND r."id" = a."liveRevisionId"`;
}

/** A "Đọc thêm" link from one article to another (also on its live revision). */
export async function linkReadMore(
  from: Pick<Article, 'id'>,
  to: Pick<Article, 'id'>,
  position = 0,
): Promise<void> {
  await db().articleLink.create({ data: { fromId: from.id, toId: to.id, position } });
  await syncLiveRevisionLinks(from.id);
}

type PlanItemInput = { kind: PlanItemKind; title: string; body?: string; isSummary?: boolean };

/** A communication plan whose items keep the given order within each kind. */
export async function createPlan(
  year: number,
  items: PlanItemInput[],
): Promise<CommunicationPlan & { items: PlanItem[] }> {
  const position = new Map<PlanItemKind, number>();
  const rows = items.map((item) => {
    const p = (position.get(item.kind) ?? 0) + 1;
    position.set(item.kind, p);
    return { ...item, position: p };
  });
  return db().communicationPlan.create({
    data: {
      year,
      title: `Kế hoạch truyền thông năm ${year}`,
      basis: 'Chỉ thị số 07/CT-TTg ngày 21/3/2023',
      items: { create: rows },
    },
    include: { items: { orderBy: [{ kind: 'asc' }, { position: 'asc' }] } },
  });
}

/** Records that an article carries out a plan item (also on its live revision). */
export async function linkArticleToPlanItem(
  article: Pick<Article, 'id'>,
  item: Pick<PlanItem, 'id'>,
): Promise<void> {
  await db().articlePlanItem.create({ data: { articleId: article.id, planItemId: item.id } });
  await syncLiveRevisionLinks(article.id);
}

/** An event linked to plan items; `publishedAt: null` keeps it from the public. */
export async function createEvent(input: {
  title?: string;
  kind?: EventKind;
  startsAt?: Date;
  publishedAt?: Date | null;
  planItems?: Pick<PlanItem, 'id'>[];
}): Promise<Event> {
  const n = next();
  return db().event.create({
    data: {
      kind: input.kind ?? 'PRESS_CONFERENCE',
      title: input.title ?? `Sự kiện ${n}`,
      startsAt: input.startsAt ?? new Date('2023-06-15T02:00:00Z'),
      place: 'Hà Nội',
      publishedAt:
        input.publishedAt === undefined ? new Date(Date.now() - 60_000) : input.publishedAt,
      planItems: { create: (input.planItems ?? []).map((item) => ({ planItemId: item.id })) },
    },
  });
}
