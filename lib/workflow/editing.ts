import 'server-only';
import {
  type ArticleData,
  type ArticleInput,
  articleInputSchema,
  parseInput,
} from '../articles/schema';
import type { Actor } from '../auth/actor';
import type { Article, ArticleRevision } from '../generated/prisma/client';
import { slugify } from '../text/slug';
import { checkCategory, checkLinks, freeSlugFor, slugTakenError } from './article-fields';
import { assertMayEdit, type CoverUpload, withCover } from './cover';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { authorize } from './policy';
import { nextState } from './states';
import { applyStep, submitStep } from './transitions';
import {
  assertVersion,
  auditRevision,
  guardedUpdate,
  isUniqueViolation,
  loadRevision,
  type Tx,
} from './tx';

/**
 * The revision columns an editor writes. Cover fields and link lists only
 * when sent: an omitted one keeps the revision's current value.
 */
function content(data: ArticleData) {
  const { title, lead, body, source, categoryId, changeNote, coverMediaId, coverCaption } = data;
  const { readMoreIds, planItemIds } = data;
  return {
    title,
    lead,
    body,
    source,
    categoryId,
    changeNote,
    ...(coverMediaId !== undefined && { coverMediaId }),
    ...(coverCaption !== undefined && { coverCaption }),
    ...(readMoreIds !== undefined && { readMoreIds }),
    ...(planItemIds !== undefined && { planItemIds }),
  };
}

/** The content with a newly uploaded cover in place of the one the form named. */
function withCoverId(data: ArticleData, coverMediaId: string | undefined): ArticleData {
  return coverMediaId ? { ...data, coverMediaId } : data;
}

/** A slug race lost to a concurrent create/save becomes the same field error. */
async function withSlugCheck<T>(title: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError(slugify(title));
    throw error;
  }
}

/**
 * Creates an article and its first revision, a DRAFT written by the actor
 * (submitted at once, in the same transaction, with `submit`). The slug
 * comes from the title and must be free (a field error on `title`
 * otherwise); it follows the title until the first publication, then is
 * fixed for good. "Đọc thêm" links and plan items are stored on the
 * revision: the public sees them only once it is approved.
 */
export async function createArticle(
  actor: Actor,
  input: ArticleInput,
  options: { submit?: boolean; cover?: CoverUpload } = {},
): Promise<WorkflowResult> {
  authorize(actor, 'createArticle');
  const parsed = parseInput(articleInputSchema, input);
  // A new article is the actor's own: the right to create it, checked above, is the right to attach.
  const mayAttach = async () => {};
  return withSlugCheck(parsed.title, () =>
    withCover(actor, options.cover, mayAttach, async (tx, coverMediaId) => {
      const data = withCoverId(parsed, coverMediaId);
      await checkCategory(tx, data.categoryId);
      await checkLinks(tx, data);
      const slug = await freeSlugFor(tx, data.title);
      const article = await tx.article.create({ data: { slug, categoryId: data.categoryId } });
      const revision = await tx.articleRevision.create({
        data: {
          ...content(data),
          articleId: article.id,
          number: 1,
          state: 'DRAFT',
          authorId: actor.id,
          contributorIds: [actor.id],
        },
      });
      await auditRevision(tx, actor, {
        revisionId: revision.id,
        action: 'create',
        from: null,
        to: 'DRAFT',
      });
      if (options.submit) return applyStep(tx, actor, revision, submitStep(actor));
      return { revision: toRevisionRef(revision), article: toArticleRef(article), tags: [] };
    }),
  );
}

/**
 * Saves an editor's changes to a DRAFT or REJECTED revision (a REJECTED one
 * becomes a DRAFT again). `expectedVersion` is the version the form was
 * loaded with: if anyone saved or acted since, ConflictError and nothing is
 * written, so neither person's text is silently overwritten. The actor joins
 * the revision's contributors (and so may not approve it).
 */
export async function saveRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ArticleInput,
  options: { cover?: CoverUpload } = {},
): Promise<WorkflowResult> {
  const data = parseInput(articleInputSchema, input);
  const mayAttach = () => assertMayEdit(actor, revisionId, expectedVersion);
  return withSlugCheck(data.title, () =>
    withCover(actor, options.cover, mayAttach, async (tx, coverMediaId) => {
      const edit = withCoverId(data, coverMediaId);
      const { revision, article } = await applyEdit(tx, actor, revisionId, expectedVersion, edit);
      return { revision: toRevisionRef(revision), article: toArticleRef(article), tags: [] };
    }),
  );
}

/**
 * "Gửi duyệt" from the editor: saves the changes and submits the revision
 * in ONE transaction, against one version check. Two audit rows (edit, then
 * submit) keep the history exact. Any refusal (stale version, bad field,
 * policy) rolls back both: nothing is half-written, the draft keeps its
 * previous content and the user's text stays in the form.
 */
export async function saveAndSubmitRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ArticleInput,
  options: { cover?: CoverUpload } = {},
): Promise<WorkflowResult> {
  const data = parseInput(articleInputSchema, input);
  const mayAttach = () => assertMayEdit(actor, revisionId, expectedVersion);
  return withSlugCheck(data.title, () =>
    withCover(actor, options.cover, mayAttach, async (tx, coverMediaId) => {
      const edit = withCoverId(data, coverMediaId);
      const { revision } = await applyEdit(tx, actor, revisionId, expectedVersion, edit);
      return applyStep(tx, actor, revision, submitStep(actor));
    }),
  );
}

/** The edit itself, inside the caller's transaction; returns the revision as now stored. */
async function applyEdit(
  tx: Tx,
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  data: ArticleData,
): Promise<{ revision: ArticleRevision; article: Article }> {
  const revision = await loadRevision(tx, revisionId);
  assertVersion(revision, expectedVersion);
  authorize(actor, 'edit', revision);
  const to = nextState(revision.state, 'edit') ?? revision.state;
  await checkCategory(tx, data.categoryId);
  await checkLinks(tx, data, revision.articleId);
  const contributorIds = [...new Set([...revision.contributorIds, actor.id])];
  const key = { id: revision.id, state: revision.state, version: revision.version };
  await guardedUpdate(tx, key, { ...content(data), contributorIds, state: to });
  const article = await updateArticle(tx, revision.articleId, data);
  await auditRevision(tx, actor, { revisionId, action: 'edit', from: revision.state, to });
  return { revision: await loadRevision(tx, revisionId), article };
}

/**
 * What a draft may change on the article itself: before the first
 * publication, its slug (from the title) and category. Links are not here:
 * they travel with the revision and reach the article in goLive.
 */
async function updateArticle(tx: Tx, articleId: string, data: ArticleData): Promise<Article> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
  if (article.publishedAt !== null) return article;
  const slug = await freeSlugFor(tx, data.title, article.id);
  return tx.article.update({
    where: { id: article.id },
    data: { slug, categoryId: data.categoryId },
  });
}
