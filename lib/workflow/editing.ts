import 'server-only';
import { type ArticleData, type ArticleInput, articleInputSchema } from '../articles/schema';
import type { Actor } from '../core/actor';
import type { Article, ArticleRevision } from '../generated/prisma/client';
import { checkContent, content, freeSlugFor, writeContent } from './article-fields';
import { assertMayEdit, type CoverUpload } from './cover';
import { toArticleRef, toRevisionRef, toWorkflowResult, type WorkflowResult } from './dto';
import { authorize } from '../core/policy';
import { parseInput } from '../core/parse-input';
import { applyTransition, startRevision } from './apply-transition';
import { submitStep } from './transitions';
import { assertVersion, loadRevision, type Tx } from './tx';

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
  return writeContent(actor, parsed, { cover: options.cover, mayAttach }, async (tx, data) => {
    await checkContent(tx, data);
    const slug = await freeSlugFor(tx, data.title);
    const article = await tx.article.create({ data: { slug, categoryId: data.categoryId } });
    const revision = await startRevision(
      tx,
      actor,
      { ...content(data), articleId: article.id, number: 1 },
      { action: 'create' },
    );
    if (options.submit) {
      return toWorkflowResult(await applyTransition(tx, actor, revision, submitStep(actor)));
    }
    return { revision: toRevisionRef(revision), article: toArticleRef(article), tags: [] };
  });
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
  return editRevision(actor, revisionId, expectedVersion, input, options, async (_tx, saved) => ({
    revision: toRevisionRef(saved.revision),
    article: toArticleRef(saved.article),
    tags: [],
  }));
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
  return editRevision(actor, revisionId, expectedVersion, input, options, async (tx, saved) =>
    toWorkflowResult(await applyTransition(tx, actor, saved.revision, submitStep(actor))),
  );
}

/**
 * Both editor saves: parse, check the right to edit, write the content,
 * then `then` in the same transaction.
 */
function editRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ArticleInput,
  options: { cover?: CoverUpload },
  then: (tx: Tx, saved: { revision: ArticleRevision; article: Article }) => Promise<WorkflowResult>,
): Promise<WorkflowResult> {
  const data = parseInput(articleInputSchema, input);
  const mayAttach = () => assertMayEdit(actor, revisionId, expectedVersion);
  return writeContent(actor, data, { cover: options.cover, mayAttach }, async (tx, edit) =>
    then(tx, await applyEdit(tx, actor, revisionId, expectedVersion, edit)),
  );
}

/**
 * The edit itself, inside the caller's transaction: the `edit` transition
 * with the new content (policy first, then the checks that need the
 * database, then the write), then the article's slug and category while it
 * has never been published.
 */
async function applyEdit(
  tx: Tx,
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  data: ArticleData,
): Promise<{ revision: ArticleRevision; article: Article }> {
  const revision = await loadRevision(tx, revisionId);
  assertVersion(revision, expectedVersion);
  const contributorIds = [...new Set([...revision.contributorIds, actor.id])];
  const edited = await applyTransition(tx, actor, revision, {
    action: 'edit',
    data: { ...content(data), contributorIds },
    verify: () => checkContent(tx, data, revision.articleId),
  });
  return { revision: edited.revision, article: await updateArticle(tx, edited.article, data) };
}

/**
 * What a draft may change on the article itself: before the first
 * publication, its slug (from the title) and category. Links are not here:
 * they travel with the revision and reach the article in goLive.
 */
async function updateArticle(tx: Tx, article: Article, data: ArticleData): Promise<Article> {
  if (article.publishedAt !== null) return article;
  const slug = await freeSlugFor(tx, data.title, article.id);
  return tx.article.update({
    where: { id: article.id },
    data: { slug, categoryId: data.categoryId },
  });
}
