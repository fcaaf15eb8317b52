import { describe, expect, it } from 'vitest';
import { loadPublishedArticle } from '../../lib/articles/queries';
import { amendArticle } from '../../lib/workflow/amend';
import { createArticle, saveRevision } from '../../lib/workflow/editing';
import { ForbiddenError } from '../../lib/core/errors';
import { approveRevision, rejectRevision, submitRevision } from '../../lib/workflow/transitions';
import { unpublishArticle } from '../../lib/workflow/unpublish';
import { castEachTest } from '../helpers/integration';
import {
  articleInput,
  auditOf,
  publishedArticle,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';
import { staffActor } from '../helpers/staff';

const c = castEachTest();

const future = () => new Date(Date.now() + 3_600_000);

describe('roles', () => {
  it('an editor cannot approve, schedule, reject or unpublish; nothing changes', async () => {
    const s = await submittedRevision(c.editor2, c.categoryId);
    const { id, version } = s.revision;
    await expect(approveRevision(c.editor, id, version)).rejects.toThrow(ForbiddenError);
    await expect(approveRevision(c.editor, id, version, { publishAt: future() })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(rejectRevision(c.editor, id, version, { reason: 'Không đạt' })).rejects.toThrow(
      ForbiddenError,
    );
    const stored = await storedRevision(id);
    expect(stored.state).toBe('SUBMITTED');
    expect(stored.version).toBe(version);

    const live = await publishedArticle(c.editor2, c.approver, c.categoryId);
    await expect(unpublishArticle(c.editor, live.article.id, { reason: 'Gỡ thử' })).rejects.toThrow(
      ForbiddenError,
    );
    expect(await loadPublishedArticle(live.article.slug)).not.toBeNull();
  });

  it('an admin neither writes nor approves articles', async () => {
    await expect(createArticle(c.admin, articleInput(c.categoryId))).rejects.toThrow(
      ForbiddenError,
    );
    const s = await submittedRevision(c.editor, c.categoryId);
    await expect(approveRevision(c.admin, s.revision.id, s.revision.version)).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe('four eyes: nobody signs off their own revision', () => {
  it('refuses the author, a contributor and the submitter; another approver may approve', async () => {
    const author = c.approver;
    const contributor = c.approver2;
    const submitter = await staffActor('APPROVER');
    const fourth = await staffActor('APPROVER');

    const created = await createArticle(author, articleInput(c.categoryId));
    const saved = await saveRevision(
      contributor,
      created.revision.id,
      created.revision.version,
      articleInput(c.categoryId, { title: 'Bản đã được biên tập lại' }),
    );
    const s = await submitRevision(submitter, saved.revision.id, saved.revision.version);
    const { id, version } = s.revision;

    for (const who of [author, contributor, submitter]) {
      await expect(approveRevision(who, id, version), who.email).rejects.toThrow(/chính mình/);
      await expect(approveRevision(who, id, version, { publishAt: future() })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(rejectRevision(who, id, version, { reason: 'Tự từ chối' })).rejects.toThrow(
        ForbiddenError,
      );
    }
    expect((await storedRevision(id)).state).toBe('SUBMITTED');

    const approved = await approveRevision(fourth, id, version);
    expect(approved.revision.state).toBe('PUBLISHED');
    const stored = await storedRevision(id);
    expect(stored.contributorIds).toEqual([author.id, contributor.id]);
    expect(stored.approverId).toBe(fourth.id);
  });

  it('an approver who amends a live article cannot approve the amendment', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const draft = await amendArticle(c.approver, live.article.id);
    const s = await submitRevision(c.editor, draft.revision.id, draft.revision.version);
    await expect(approveRevision(c.approver, s.revision.id, s.revision.version)).rejects.toThrow(
      ForbiddenError,
    );
    const ok = await approveRevision(c.approver2, s.revision.id, s.revision.version);
    expect(ok.revision.state).toBe('PUBLISHED');
  });

  it('the author of the live revision cannot take it down; another approver can', async () => {
    const live = await publishedArticle(c.approver, c.approver2, c.categoryId);
    await expect(
      unpublishArticle(c.approver, live.article.id, { reason: 'Tự gỡ' }),
    ).rejects.toThrow(ForbiddenError);
    const third = await staffActor('APPROVER');
    await unpublishArticle(third, live.article.id, { reason: 'Thông tin đã cũ' });
    expect(await loadPublishedArticle(live.article.slug)).toBeNull();
    const trail = await auditOf(live.revision.id);
    expect(trail.at(-1)).toMatchObject({
      action: 'unpublish',
      actorId: third.id,
      note: 'Thông tin đã cũ',
    });
  });
});
