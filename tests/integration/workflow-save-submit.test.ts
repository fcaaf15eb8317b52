import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/client';
import { createArticle, saveAndSubmitRevision } from '../../lib/workflow/editing';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { approveRevision, rejectRevision } from '../../lib/workflow/transitions';
import { castEachTest } from '../helpers/integration';
import {
  articleInput,
  auditOf,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

// "Gửi duyệt" from the editor saves and submits in one transaction. To prove
// a refusal of the submit half undoes the edit half, this file can make the
// policy refuse 'submit' alone (no real role may edit but not submit).
const policy = vi.hoisted(() => ({ refuseSubmit: false }));
vi.mock('../../lib/core/policy', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/core/policy')>();
  const { ForbiddenError: Refused } = await import('../../lib/core/errors');
  return {
    ...real,
    authorize: (...args: Parameters<typeof real.authorize>) => {
      if (policy.refuseSubmit && args[1] === 'submit') throw new Refused('Không được gửi duyệt.');
      return (real.authorize as (...a: unknown[]) => void)(...args);
    },
  };
});

const c = castEachTest();

beforeEach(() => {
  policy.refuseSubmit = false;
});

/** A revision sent back to its editor with a reason. */
async function rejectedDraft() {
  const s = await submittedRevision(c.editor, c.categoryId, { title: 'Bản bị trả lại' });
  return rejectRevision(c.approver, s.revision.id, s.revision.version, { reason: 'Thiếu ảnh' });
}

const steps = async (revisionId: string) =>
  (await auditOf(revisionId)).map((a) => `${a.action}:${a.fromState}->${a.toState}`);

describe('saveAndSubmitRevision', () => {
  it('saves the edit and submits it at once, with both steps in the history', async () => {
    const r = await rejectedDraft();
    const input = articleInput(c.categoryId, { title: 'Bản đã sửa', body: 'Nội dung mới.' });
    const done = await saveAndSubmitRevision(c.editor2, r.revision.id, r.revision.version, input);
    expect(done.revision.state).toBe('SUBMITTED');
    const stored = await storedRevision(r.revision.id);
    expect(stored).toMatchObject({
      title: 'Bản đã sửa',
      body: 'Nội dung mới.',
      state: 'SUBMITTED',
      submitterId: c.editor2.id,
      rejectionNote: null,
      version: done.revision.version,
    });
    expect(stored.contributorIds).toContain(c.editor2.id);
    expect((await steps(r.revision.id)).slice(-2)).toEqual([
      'edit:REJECTED->DRAFT',
      'submit:DRAFT->SUBMITTED',
    ]);
    // The returned version is the one the approval screen sends back.
    const approved = await approveRevision(c.approver2, r.revision.id, done.revision.version);
    expect(approved.revision.state).toBe('PUBLISHED');
  });

  it('a refused submit leaves the draft exactly as it was: nothing half-written', async () => {
    const r = await rejectedDraft();
    const before = await storedRevision(r.revision.id);
    const trail = await steps(r.revision.id);
    policy.refuseSubmit = true;
    const input = articleInput(c.categoryId, { title: 'Không được lưu' });
    await expect(
      saveAndSubmitRevision(c.editor, r.revision.id, r.revision.version, input),
    ).rejects.toThrow(ForbiddenError);
    expect(await storedRevision(r.revision.id)).toEqual(before);
    expect(await steps(r.revision.id)).toEqual(trail);
  });

  it('refuses an out-of-date form, an admin and a bad field without touching the draft', async () => {
    const r = await rejectedDraft();
    const before = await storedRevision(r.revision.id);
    const input = articleInput(c.categoryId, { title: 'Không được lưu' });
    const { id, version } = r.revision;
    await expect(saveAndSubmitRevision(c.editor, id, version - 1, input)).rejects.toThrow(
      ConflictError,
    );
    await expect(saveAndSubmitRevision(c.admin, id, version, input)).rejects.toThrow(
      ForbiddenError,
    );
    const badCategory = articleInput('khong-co', { title: 'Không được lưu' });
    await expect(saveAndSubmitRevision(c.editor, id, version, badCategory)).rejects.toThrow(
      ValidationError,
    );
    expect(await storedRevision(id)).toEqual(before);
  });
});

describe('createArticle with submit', () => {
  it('creates the article already waiting for approval', async () => {
    const done = await createArticle(c.editor, articleInput(c.categoryId), { submit: true });
    expect(done.revision.state).toBe('SUBMITTED');
    expect(await steps(done.revision.id)).toEqual([
      'create:null->DRAFT',
      'submit:DRAFT->SUBMITTED',
    ]);
  });

  it('creates nothing when the submit is refused', async () => {
    policy.refuseSubmit = true;
    await expect(
      createArticle(c.editor, articleInput(c.categoryId), { submit: true }),
    ).rejects.toThrow(ForbiddenError);
    expect(await db().article.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { entityType: 'revision' } })).toBe(0);
  });
});
