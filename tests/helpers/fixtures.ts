import {
  createCategory as createCategoryAsAdmin,
  deactivateCategory,
} from '../../lib/categories/mutations';
import { db } from '../../lib/db/client';
import type { Article, Category, Media, PlanItem } from '../../lib/generated/prisma/client';
import type { RevisionState } from '../../lib/generated/prisma/enums';
import type { WorkflowResult } from '../../lib/workflow/dto';
import { createArticle } from '../../lib/workflow/editing';
import { unpublishArticle as takeDown } from '../../lib/workflow/unpublish';
import { atTime } from './clock';
import { type Person, signOff } from './sign-off';
import { firstAdmin, fixtureStaff } from './staff';

/**
 * Factories for tests of reads. Every row comes from the product's own
 * functions (lib/categories, lib/workflow), so a test holds only states
 * real use can reach, audit rows included. Dates in the past are made by
 * running the product at that time (clock.ts). Names are unique within a
 * run; emptying the database between files or tests is the only cleanup.
 */

let counter = 0;
const next = () => ++counter;

/** The product derives a slug from a name or title; a wanted slug must be what it derives. */
function checkSlug(wanted: string | undefined, made: string): void {
  if (wanted !== undefined && wanted !== made) {
    throw new Error(`fixture: the product made the slug "${made}", not "${wanted}"`);
  }
}

const wordsOf = (slug: string) => slug.replaceAll('-', ' ');

/** A category made by an administrator; `active: false` hides it afterwards. */
export async function createCategory(
  input: { slug?: string; name?: string; description?: string; active?: boolean } = {},
): Promise<Category> {
  const n = next();
  const admin = await firstAdmin();
  const name = input.name ?? (input.slug ? wordsOf(input.slug) : `Chuyên mục ${n}`);
  const { result } = await createCategoryAsAdmin(admin, { name, description: input.description });
  checkSlug(input.slug, result.slug);
  if (input.active === false) await hideCategory(result);
  return db().category.findUniqueOrThrow({ where: { id: result.id } });
}

/** Takes a category out of use, as an administrator does (refused while it shows articles). */
export async function hideCategory(category: Pick<Category, 'id'>): Promise<void> {
  await deactivateCategory(await firstAdmin(), category.id);
}

export type ArticleInput = {
  category: Pick<Category, 'id'>;
  title?: string;
  /** Checked, not written: the product makes the slug from the title. */
  slug?: string;
  lead?: string;
  body?: string;
  source?: string;
  author?: Person;
  approver?: Person;
  cover?: Pick<Media, 'id'>;
  coverCaption?: string;
  changeNote?: string;
  readMore?: Pick<Article, 'id'>[];
  planItems?: Pick<PlanItem, 'id'>[];
};

export type ArticleFixture = Awaited<ReturnType<typeof stored>>;

/** The article and revision rows a workflow result names, as stored. */
export async function stored(result: { article: { id: string }; revision: { id: string } }) {
  const article = await db().article.findUniqueOrThrow({ where: { id: result.article.id } });
  const where = { id: result.revision.id };
  return { article, revision: await db().articleRevision.findUniqueOrThrow({ where }) };
}

async function write(input: ArticleInput, submit: boolean): Promise<WorkflowResult> {
  const n = next();
  const author = input.author ?? (await fixtureStaff('EDITOR'));
  const title = input.title ?? (input.slug ? wordsOf(input.slug) : `Bài viết ${n}`);
  const written = await createArticle(
    { ...author, ip: null },
    {
      title,
      lead: input.lead ?? `Sa-pô của bài viết ${n}.`,
      body: input.body ?? `Nội dung bài viết ${n}.`,
      source: input.source ?? 'PLVN',
      categoryId: input.category.id,
      changeNote: input.changeNote,
      coverMediaId: input.cover?.id,
      coverCaption: input.coverCaption,
      readMoreIds: input.readMore?.map((a) => a.id),
      planItemIds: input.planItems?.map((p) => p.id),
    },
    { submit },
  );
  checkSlug(input.slug, written.article.slug);
  return written;
}

/** A live article: written, submitted and approved at `publishedAt` (default: n minutes ago). */
export async function createPublishedArticle(input: ArticleInput & { publishedAt?: Date }) {
  const at = input.publishedAt ?? new Date(Date.now() - next() * 60_000);
  const approver = input.approver ?? (await fixtureStaff('APPROVER'));
  await fixtureStaff('EDITOR');
  return stored(
    await atTime(at, async () => signOff(await write(input, true), 'PUBLISHED', approver)),
  );
}

/**
 * An article that is not public: its only revision is in `state` (DRAFT by
 * default; SCHEDULED for a day ahead). UNPUBLISHED: published a day ago,
 * then taken down.
 */
export async function createDraftArticle(
  input: ArticleInput & { state?: Exclude<RevisionState, 'PUBLISHED' | 'SUPERSEDED'> },
): Promise<ArticleFixture> {
  const state = input.state ?? 'DRAFT';
  if (state === 'UNPUBLISHED') {
    const dayAgo = new Date(Date.now() - 86_400_000);
    const live = await createPublishedArticle({ publishedAt: dayAgo, ...input });
    await unpublishArticle(live.article);
    return stored(live);
  }
  const written = await write(input, state !== 'DRAFT');
  return stored(state === 'DRAFT' ? written : await signOff(written, state, input.approver));
}

/** Takes a live article down, as an approver does ("Gỡ bài", with a reason). */
export async function unpublishArticle(article: Pick<Article, 'id'>): Promise<void> {
  const approver = await fixtureStaff('APPROVER');
  await takeDown({ ...approver, ip: null }, article.id, { reason: 'Gỡ để kiểm thử.' });
}
