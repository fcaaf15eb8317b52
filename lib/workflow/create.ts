import 'server-only';
import { type ArticleInput, articleInputSchema, parseInput } from '../articles/schema';
import type { Actor } from '../auth/actor';
import {
  checkCategory,
  checkLinks,
  content,
  freeSlugFor,
  withCoverId,
  withSlugCheck,
} from './article-fields';
import { type CoverUpload, withCover } from './cover';
import { toArticleRef, toRevisionRef, toWorkflowResult, type WorkflowResult } from './dto';
import { authorize } from './policy';
import { applyTransition, startRevision } from './transition';
import { submitStep } from './transitions';

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
    }),
  );
}
