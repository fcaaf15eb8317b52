import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { amendArticle } from '../../lib/workflow/amend';
import { createArticle, saveRevision } from '../../lib/workflow/editing';
import { ConflictError } from '../../lib/core/errors';
import { approveRevision, rejectRevision, submitRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import {
  articleInput,
  auditOf,
  publishedArticle,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

const c = castEachTest({ warm: true });

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  return { won, lost };
}

describe('two approvals of one revision at the same moment', () => {
  it('exactly one succeeds, the other gets ConflictError, one audit row, one live revision', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const { id, version } = s.revision;
    const { won, lost } = outcomes(
      await Promise.allSettled([
        approveRevision(c.approver, id, version),
        approveRevision(c.approver2, id, version),
      ]),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);

    const approvals = (await auditOf(id)).filter((a) => a.action === 'approve');
    expect(approvals).toHaveLength(1);
    const stored = await storedRevision(id);
    expect(stored.state).toBe('PUBLISHED');
    expect(stored.version).toBe(version + 1);
    expect(stored.approverId).toBe(approvals[0]?.actorId);
    const article = await db().article.findUniqueOrThrow({ where: { id: s.article.id } });
    expect(article.liveRevisionId).toBe(id);
  });

  it('an approval racing a rejection: one wins, the state is one or the other', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const { id, version } = s.revision;
    const { won, lost } = outcomes(
      await Promise.allSettled([
        approveRevision(c.approver, id, version),
        rejectRevision(c.approver2, id, version, { reason: 'Sai số liệu' }),
      ]),
    );
    expect(won).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const trail = (await auditOf(id)).filter((a) => ['approve', 'reject'].includes(a.action));
    expect(trail).toHaveLength(1);
    expect((await storedRevision(id)).state).toBe(trail[0]?.toState);
  });
});

describe('a save based on an out-of-date revision', () => {
  it('is refused with ConflictError and the newer save is kept whole', async () => {
    const created = await createArticle(c.editor, articleInput(c.categoryId));
    const { id, version } = created.revision;
    const newer = articleInput(c.categoryId, { title: 'Bản của biên tập viên 2', body: 'Mới' });
    await saveRevision(c.editor2, id, version, newer);

    const stale = articleInput(c.categoryId, { title: 'Bản cũ của biên tập viên 1' });
    await expect(saveRevision(c.editor, id, version, stale)).rejects.toThrow(ConflictError);
    await expect(saveRevision(c.editor, id, version, stale)).rejects.toThrow(/giữ nguyên/);

    const stored = await storedRevision(id);
    expect(stored.title).toBe('Bản của biên tập viên 2');
    expect(stored.body).toBe('Mới');
    expect(stored.version).toBe(version + 1);
    expect(stored.contributorIds).toEqual([c.editor.id, c.editor2.id]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create', 'edit']);

    // Reloaded at the current version, the same text goes through.
    const retried = await saveRevision(c.editor, id, stored.version, stale);
    expect(retried.revision.version).toBe(version + 2);
  });

  it('two saves at once from the same version: one wins, the other changes nothing', async () => {
    const created = await createArticle(c.editor, articleInput(c.categoryId));
    const { id, version } = created.revision;
    const a = articleInput(c.categoryId, { title: 'Phiên bản A' });
    const b = articleInput(c.categoryId, { title: 'Phiên bản B' });
    const { won, lost } = outcomes(
      await Promise.allSettled([
        saveRevision(c.editor, id, version, a),
        saveRevision(c.editor2, id, version, b),
      ]),
    );
    expect(won).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const stored = await storedRevision(id);
    expect(['Phiên bản A', 'Phiên bản B']).toContain(stored.title);
    expect(stored.version).toBe(version + 1);
  });

  it('submitting with a stale version is refused too', async () => {
    const created = await createArticle(c.editor, articleInput(c.categoryId));
    const { id, version } = created.revision;
    await saveRevision(c.editor2, id, version, articleInput(c.categoryId));
    await expect(submitRevision(c.editor, id, version)).rejects.toThrow(ConflictError);
    expect((await storedRevision(id)).state).toBe('DRAFT');
  });
});

describe('amending', () => {
  it('two amendments at once: one new draft, the other ConflictError', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const { won, lost } = outcomes(
      await Promise.allSettled([
        amendArticle(c.editor, live.article.id),
        amendArticle(c.editor2, live.article.id),
      ]),
    );
    expect(won).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const drafts = await db().articleRevision.count({
      where: { articleId: live.article.id, state: 'DRAFT' },
    });
    expect(drafts).toBe(1);
  });
});
