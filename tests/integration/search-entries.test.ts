import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { readSearchParams, searchArticles } from '../../lib/search';
import { amendArticle } from '../../lib/workflow/amend';
import { saveAndSubmitRevision } from '../../lib/workflow/editing';
import { publishDueRevisions } from '../../lib/workflow/publish-due';
import { approveRevision } from '../../lib/workflow/transitions';
import { unpublishArticle } from '../../lib/workflow/unpublish';
import { resetDatabase } from '../helpers/integration';
import { createCategory } from '../helpers/fixtures';
import {
  articleInput,
  type Cast,
  cast,
  publishedArticle,
  sleep,
  submittedRevision,
} from '../helpers/workflow-fixtures';

// Search reads its own table, kept by a database trigger: these walk the
// real workflow and check that search follows every step at once.

const slugsOf = async (params: Record<string, string>) =>
  (await searchArticles(readSearchParams(params))).results?.items.map((hit) => hit.slug) ?? [];

let people: Cast;

beforeAll(async () => {
  await resetDatabase();
  people = await cast();
});

describe('search follows the workflow', () => {
  it('finds an approved article, its amendment in place of it once approved, and nothing after Gỡ bài', async () => {
    const { editor, approver, categoryId } = people;
    const live = await publishedArticle(editor, approver, categoryId, {
      title: 'Hội thảo về thủybiển',
    });
    const slug = live.article.slug;
    expect(await slugsOf({ q: 'thuy bien thuybien' })).toEqual([]);
    expect(await slugsOf({ q: 'thủybiển' })).toEqual([slug]);

    const other = await createCategory({ slug: 'moi-truong', name: 'Môi trường' });
    const amended = await amendArticle(editor, live.article.id);
    const resubmitted = await saveAndSubmitRevision(
      editor,
      amended.revision.id,
      amended.revision.version,
      articleInput(other.id, { title: 'Hội thảo về rừngngập' }),
    );
    // Waiting for approval: the public still finds the live text only.
    expect(await slugsOf({ q: 'rừngngập' })).toEqual([]);
    expect(await slugsOf({ q: 'thủybiển' })).toEqual([slug]);

    await approveRevision(approver, resubmitted.revision.id, resubmitted.revision.version);
    expect(await slugsOf({ q: 'thủybiển' })).toEqual([]);
    expect(await slugsOf({ q: 'rừngngập', 'chuyen-muc': 'moi-truong' })).toEqual([slug]);

    await unpublishArticle(approver, live.article.id, { reason: 'Cần sửa số liệu.' });
    expect(await slugsOf({ q: 'rừngngập' })).toEqual([]);
    expect(await db().searchEntry.count({ where: { articleId: live.article.id } })).toBe(0);
  });

  it('finds a scheduled article only once its time has come', async () => {
    const { editor, approver, categoryId } = people;
    const submitted = await submittedRevision(editor, categoryId, { title: 'Tin hẹngiờ đăng' });
    const publishAt = new Date(Date.now() + 1_500);
    await approveRevision(approver, submitted.revision.id, submitted.revision.version, {
      publishAt,
    });
    expect(await slugsOf({ q: 'hẹngiờ' })).toEqual([]);
    await sleep(publishAt.getTime() - Date.now() + 50);
    await publishDueRevisions();
    expect(await slugsOf({ q: 'hẹngiờ' })).toEqual([submitted.article.slug]);
  });

  it('finds a quoted phrase through its word pairs, in order only', async () => {
    const { editor, approver, categoryId } = people;
    const live = await publishedArticle(editor, approver, categoryId, {
      title: 'Nền tảng số quốc gia',
      body: "Nói về O'Brien và tp.hcm, đường dẫn C:\\du-lieu.",
    });
    expect(await slugsOf({ q: '"nen tang so"' })).toEqual([live.article.slug]);
    expect(await slugsOf({ q: '"tảng nền số"' })).toEqual([]);
    expect(await slugsOf({ q: '"nền tảng" "quốc gia"' })).toEqual([live.article.slug]);
    expect(await slugsOf({ q: `"O'Brien và"` })).toEqual([live.article.slug]);
  });
});
