import { describe, expect, it } from 'vitest';
import { cacheTags } from '../../lib/cache/tags';
import { loadLatestArticles, loadPublishedArticle } from '../../lib/articles/queries';
import { db } from '../../lib/db/client';
import { amendArticle } from '../../lib/workflow/amend';
import { saveRevision } from '../../lib/workflow/editing';
import { publishDueRevisions, SCHEDULED_PUBLISH_NOTE } from '../../lib/workflow/publish-due';
import {
  approveRevision,
  submitRevision,
  unscheduleRevision,
} from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import {
  auditOf,
  fieldErrorsOf,
  publishedArticle,
  sleep,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

const c = castEachTest();

describe('scheduled publishing', () => {
  it('is not public before its time, and public after, promoted exactly once', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const publishAt = new Date(Date.now() + 2_000);
    const scheduled = await approveRevision(c.approver, s.revision.id, s.revision.version, {
      publishAt,
    });
    expect(scheduled.revision.state).toBe('SCHEDULED');
    expect(scheduled.tags).toEqual([]);
    const slug = scheduled.article.slug;

    expect((await publishDueRevisions(new Date())).promoted).toEqual([]);
    expect(await loadPublishedArticle(slug)).toBeNull();
    expect(await db().article.count({ where: { liveRevisionId: { not: null } } })).toBe(0);

    await sleep(publishAt.getTime() - Date.now() + 50);
    const runs = await Promise.all([publishDueRevisions(), publishDueRevisions()]);
    const promoted = runs.flatMap((r) => r.promoted);
    expect(promoted).toEqual([{ revisionId: s.revision.id, articleId: s.article.id, slug }]);
    // Only the caller that promoted it expires the cache: one expiry, not one per instance.
    expect(runs.filter((r) => r.tags.length > 0).map((r) => r.tags)).toEqual([
      [cacheTags.articleLists, cacheTags.article(slug), cacheTags.plans],
    ]);
    expect((await publishDueRevisions()).promoted).toEqual([]);

    const page = await loadPublishedArticle(slug);
    expect(page).not.toBeNull();
    expect((await loadLatestArticles(5)).map((a) => a.slug)).toEqual([slug]);
    const stored = await storedRevision(s.revision.id);
    expect(stored.state).toBe('PUBLISHED');
    expect(stored.publishedAt).toEqual(publishAt); // the scheduled time, not the tick

    const trail = (await auditOf(s.revision.id)).filter((a) => a.action === 'publishDue');
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actorId: null, note: SCHEDULED_PUBLISH_NOTE });
  });

  it('a scheduled amendment replaces the live revision only when due', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId, { title: 'Bản một' });
    const d = await amendArticle(c.editor, live.article.id);
    const saved = await saveRevision(c.editor, d.revision.id, d.revision.version, {
      title: 'Bản hai',
      lead: 'Sa-pô mới',
      body: 'Nội dung mới',
      categoryId: c.categoryId,
    });
    const s = await submitRevision(c.editor, saved.revision.id, saved.revision.version);
    const publishAt = new Date(Date.now() + 60_000);
    await approveRevision(c.approver2, s.revision.id, s.revision.version, { publishAt });

    await publishDueRevisions(new Date(publishAt.getTime() - 1));
    expect((await loadPublishedArticle(live.article.slug))?.title).toBe('Bản một');
    const result = await publishDueRevisions(publishAt);
    expect(result.tags).toContain(`article:${live.article.slug}`);
    expect((await loadPublishedArticle(live.article.slug))?.title).toBe('Bản hai');
    expect((await storedRevision(live.revision.id)).state).toBe('SUPERSEDED');
  });

  it('refuses a time in the past with a field error, and changes nothing', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const errors = await fieldErrorsOf(
      approveRevision(c.approver, s.revision.id, s.revision.version, {
        publishAt: new Date(Date.now() - 60_000),
      }),
    );
    expect(errors.publishAt?.[0]).toMatch(/sau thời điểm hiện tại/);
    expect((await storedRevision(s.revision.id)).state).toBe('SUBMITTED');
  });

  it('a schedule can be withdrawn; it then never publishes by itself', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const publishAt = new Date(Date.now() + 60_000);
    const scheduled = await approveRevision(c.approver, s.revision.id, s.revision.version, {
      publishAt,
    });
    const back = await unscheduleRevision(
      c.approver2,
      scheduled.revision.id,
      scheduled.revision.version,
    );
    expect(back.revision.state).toBe('SUBMITTED');
    expect(back.revision.publishAt).toBeNull();
    expect((await publishDueRevisions(new Date(publishAt.getTime() + 1))).promoted).toEqual([]);
  });
});
