import { afterEach, describe, expect, it } from 'vitest';
import { loadPublishedArticle } from '../../lib/articles/queries';
import { db } from '../../lib/db/client';
import { amendArticle } from '../../lib/workflow/amend';
import { publishDueRevisions } from '../../lib/workflow/publish-due';
import { approveRevision, rejectRevision, submitRevision } from '../../lib/workflow/transitions';
import { unpublishArticle } from '../../lib/workflow/unpublish';
import { castEachTest } from '../helpers/integration';
import {
  auditOf,
  publishedArticle,
  sleep,
  storedRevision,
  submittedRevision,
} from '../helpers/workflow-fixtures';

const c = castEachTest();

afterEach(async () => {
  await db().$executeRawUnsafe('DROP TRIGGER IF EXISTS "test_fail_audit" ON "AuditEvent"');
  await db().$executeRawUnsafe('DROP FUNCTION IF EXISTS "test_fail_audit"()');
});

/** Makes the database refuse audit rows of `action`: the write after the state change fails. */
async function failAuditOf(
  action: 'reject' | 'approve' | 'supersede' | 'publishDue' | 'unpublish',
) {
  await db().$executeRawUnsafe(`
    CREATE FUNCTION "test_fail_audit"() RETURNS trigger AS $$
    BEGIN
      IF NEW.action = '${action}' THEN RAISE EXCEPTION 'forced audit failure'; END IF;
      RETURN NEW;
    END;
    $$ LANGUAGE plpgsql`);
  await db().$executeRawUnsafe(`
    CREATE TRIGGER "test_fail_audit" BEFORE INSERT ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "test_fail_audit"()`);
}

describe('audit rows are written in the same transaction as the change', () => {
  it('a rejection whose audit row fails leaves the revision as it was', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await failAuditOf('reject');
    await expect(
      rejectRevision(c.approver, s.revision.id, s.revision.version, { reason: 'Sai' }),
    ).rejects.toThrow(/forced audit failure/);
    const stored = await storedRevision(s.revision.id);
    expect(stored).toMatchObject({ state: 'SUBMITTED', version: s.revision.version });
    expect(stored.rejectionNote).toBeNull();
  });

  it('an approval whose audit row fails publishes nothing', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    await failAuditOf('approve');
    await expect(approveRevision(c.approver, s.revision.id, s.revision.version)).rejects.toThrow();
    expect((await storedRevision(s.revision.id)).state).toBe('SUBMITTED');
    expect(await loadPublishedArticle(s.article.slug)).toBeNull();
    const article = await db().article.findUniqueOrThrow({ where: { id: s.article.id } });
    expect(article).toMatchObject({ liveRevisionId: null, publishedAt: null });
  });

  it('a failure while superseding the old live revision keeps the old one live', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    const draft = await amendArticle(c.editor, live.article.id);
    const s = await submitRevision(c.editor, draft.revision.id, draft.revision.version);
    await failAuditOf('supersede');
    await expect(approveRevision(c.approver2, s.revision.id, s.revision.version)).rejects.toThrow();
    expect((await storedRevision(live.revision.id)).state).toBe('PUBLISHED');
    expect((await storedRevision(s.revision.id)).state).toBe('SUBMITTED');
    const article = await db().article.findUniqueOrThrow({ where: { id: live.article.id } });
    expect(article.liveRevisionId).toBe(live.revision.id);
  });

  it('an unpublication whose audit row fails leaves the article public', async () => {
    const live = await publishedArticle(c.editor, c.approver, c.categoryId);
    await failAuditOf('unpublish');
    await expect(
      unpublishArticle(c.approver2, live.article.id, { reason: 'Gỡ' }),
    ).rejects.toThrow();
    expect(await loadPublishedArticle(live.article.slug)).not.toBeNull();
    expect((await storedRevision(live.revision.id)).state).toBe('PUBLISHED');
  });

  it('a scheduled promotion whose audit row fails stays scheduled and is retried', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const publishAt = new Date(Date.now() + 300);
    await approveRevision(c.approver, s.revision.id, s.revision.version, { publishAt });
    await sleep(350);
    await failAuditOf('publishDue');
    const failed = await publishDueRevisions();
    expect(failed.promoted).toEqual([]);
    expect(failed.failed.map((f) => f.revisionId)).toEqual([s.revision.id]);
    expect((await storedRevision(s.revision.id)).state).toBe('SCHEDULED');
    expect(await loadPublishedArticle(s.article.slug)).toBeNull();

    await db().$executeRawUnsafe('DROP TRIGGER "test_fail_audit" ON "AuditEvent"');
    expect((await publishDueRevisions()).promoted).toHaveLength(1);
    expect(await loadPublishedArticle(s.article.slug)).not.toBeNull();
  });

  it('the trail cannot be rewritten', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const [first] = await auditOf(s.revision.id);
    await expect(
      db().auditEvent.update({ where: { id: first?.id }, data: { note: 'sửa lịch sử' } }),
    ).rejects.toThrow();
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow();
    expect(await auditOf(s.revision.id)).toHaveLength(2);
  });
});
