import 'server-only';
import {
  type ArticleData,
  type ArticleInput,
  articleInputSchema,
  parseInput,
} from '../articles/schema';
import type { Actor } from '../auth/actor';
import type { Article } from '../generated/prisma/client';
import { slugify } from '../text/slug';
import {
  checkCategory,
  checkLinks,
  freeSlugFor,
  linksChanged,
  replaceLinks,
  slugTakenError,
} from './article-fields';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { ValidationError } from './errors';
import { authorize } from './policy';
import { nextState } from './states';
import {
  assertVersion,
  auditRevision,
  guardedUpdate,
  inTransaction,
  isUniqueViolation,
  loadRevision,
  type Tx,
} from './tx';

/** The revision columns an editor writes (cover fields only when sent). */
function content(data: ArticleData) {
  const { title, lead, body, source, categoryId, changeNote, coverMediaId, coverCaption } = data;
  return {
    title,
    lead,
    body,
    source,
    categoryId,
    changeNote,
    ...(coverMediaId !== undefined && { coverMediaId }),
    ...(coverCaption !== undefined && { coverCaption }),
  };
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
 * Creates an article and its first revision, a DRAFT written by the actor.
 * The slug comes from the title and must be free (a field error on `title`
 * otherwise); it follows the title until the first publication, then is
 * fixed for good.
 */
export async function createArticle(actor: Actor, input: ArticleInput): Promise<WorkflowResult> {
  authorize(actor, 'createArticle');
  const data = parseInput(articleInputSchema, input);
  return withSlugCheck(data.title, () =>
    inTransaction(async (tx) => {
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
      await replaceLinks(tx, article.id, data);
      await auditRevision(tx, actor, {
        revisionId: revision.id,
        action: 'create',
        from: null,
        to: 'DRAFT',
      });
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
): Promise<WorkflowResult> {
  const data = parseInput(articleInputSchema, input);
  return withSlugCheck(data.title, () =>
    inTransaction(async (tx) => {
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
      const updated = await loadRevision(tx, revisionId);
      return { revision: toRevisionRef(updated), article: toArticleRef(article), tags: [] };
    }),
  );
}

/**
 * What a draft may change on the article itself. Before the first
 * publication: slug (from the title), category, links. Once live, the
 * public's links must not change without approval, and revisions do not yet
 * carry their own links, so changing them is refused for now.
 */
async function updateArticle(tx: Tx, articleId: string, data: ArticleData): Promise<Article> {
  let article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
  if (article.publishedAt === null) {
    const slug = await freeSlugFor(tx, data.title, article.id);
    article = await tx.article.update({
      where: { id: article.id },
      data: { slug, categoryId: data.categoryId },
    });
  }
  if (article.liveRevisionId === null) {
    await replaceLinks(tx, article.id, data);
  } else if (await linksChanged(tx, article.id, data)) {
    throw new ValidationError({
      readMoreIds: [
        'Bài đang xuất bản: chưa thể đổi "Đọc thêm" hay mục kế hoạch qua bản sửa. Hãy giữ nguyên các liên kết này.',
      ],
    });
  }
  return article;
}
