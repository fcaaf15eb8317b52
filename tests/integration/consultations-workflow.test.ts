import { describe, expect, it } from 'vitest';
import { cacheTags } from '../../lib/cache/tags';
import {
  approveConsultationVersion,
  createConsultation,
  rejectConsultationVersion,
  saveConsultationVersion,
  startConsultationVersion,
  submitConsultationVersion,
} from '../../lib/consultations/mutations';
import { db } from '../../lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import {
  consultationInput,
  publishedConsultation,
  submittedConsultation,
} from '../helpers/consultations';
import { castEachTest } from '../helpers/integration';

const c = castEachTest({ warm: true });

describe('a consultation version through the articles workflow', () => {
  it('is created as version 1, a DRAFT, with the draft stored unit by unit and audited', async () => {
    const created = await createConsultation(c.editor, consultationInput());
    expect(created.version.state).toBe('DRAFT');
    expect(created.slug).toBe('du-thao-nghi-dinh-mau-ve-truyen-thong-chinh-sach');
    const units = await db().draftUnit.findMany({
      where: { versionId: created.version.id },
      orderBy: { position: 'asc' },
    });
    const khoan = units.find((u) => u.anchor === 'dieu-2-khoan-1');
    expect(khoan?.text).toBe('Cơ quan, tổ chức chủ trì soạn thảo văn bản quy phạm pháp luật.');
    expect(khoan?.parentAnchor).toBe('dieu-2');
    expect(units.some((u) => u.anchor === 'dieu-5-khoan-2-diem-dd')).toBe(true);
    const audit = await db().auditEvent.findMany({ where: { entityId: created.version.id } });
    expect(audit.map((a) => [a.entityType, a.action, a.toState])).toEqual([
      ['consultation-version', 'create', 'DRAFT'],
    ]);
  });

  it('an editor cannot approve, whoever else they are', async () => {
    const sent = await submittedConsultation(c.editor);
    await expect(
      approveConsultationVersion(c.editor2, sent.version.id, sent.version.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('four eyes: an approver who wrote, edited or submitted a version cannot approve or reject it', async () => {
    const own = await submittedConsultation(c.approver);
    await expect(
      approveConsultationVersion(c.approver, own.version.id, own.version.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const created = await createConsultation(c.editor, consultationInput({ title: 'Dự thảo B' }));
    const edited = await saveConsultationVersion(
      c.approver2,
      created.version.id,
      created.version.version,
      consultationInput({ title: 'Dự thảo B' }),
      { submit: true },
    );
    expect(edited.version.state).toBe('SUBMITTED');
    await expect(
      approveConsultationVersion(c.approver2, edited.version.id, edited.version.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      rejectConsultationVersion(c.approver2, edited.version.id, edited.version.version, {
        reason: 'x',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const approved = await approveConsultationVersion(
      c.approver,
      edited.version.id,
      edited.version.version,
    );
    expect(approved.version.state).toBe('PUBLISHED');
    expect(approved.tags).toEqual([
      cacheTags.consultationLists,
      cacheTags.consultation(approved.slug),
    ]);
  });

  it('two approvals at once: exactly one wins, one version is live', async () => {
    const sent = await submittedConsultation(c.editor);
    const { id, version } = sent.version;
    const outcomes = await Promise.allSettled([
      approveConsultationVersion(c.approver, id, version),
      approveConsultationVersion(c.approver2, id, version),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(ConflictError);
    const approvals = await db().auditEvent.count({ where: { entityId: id, action: 'approve' } });
    expect(approvals).toBe(1);
  });

  it('a stale save is refused and nothing is written', async () => {
    const created = await createConsultation(c.editor, consultationInput());
    const { id, version } = created.version;
    await saveConsultationVersion(
      c.editor,
      id,
      version,
      consultationInput({ summary: 'Bản của A.' }),
    );
    await expect(
      saveConsultationVersion(c.editor2, id, version, consultationInput({ summary: 'Bản của B.' })),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = await db().consultationVersion.findUniqueOrThrow({ where: { id } });
    expect(stored.summary).toBe('Bản của A.');
    expect(stored.contributorIds).toEqual([c.editor.id]);
  });

  it('a rejection needs a reason, and keeps it on the version for its writer', async () => {
    const sent = await submittedConsultation(c.editor);
    await expect(
      rejectConsultationVersion(c.approver, sent.version.id, sent.version.version, { reason: ' ' }),
    ).rejects.toBeInstanceOf(ValidationError);
    const rejected = await rejectConsultationVersion(
      c.approver,
      sent.version.id,
      sent.version.version,
      {
        reason: 'Thiếu hồ sơ kèm theo.',
      },
    );
    expect(rejected.version.state).toBe('REJECTED');
    const stored = await db().consultationVersion.findUniqueOrThrow({
      where: { id: sent.version.id },
    });
    expect(stored.rejectionNote).toBe('Thiếu hồ sơ kèm theo.');
  });

  it('a new version starts from the published one, and replaces it when approved', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const next = await startConsultationVersion(c.editor2, live.version.consultationId);
    await expect(
      startConsultationVersion(c.editor2, live.version.consultationId),
    ).rejects.toBeInstanceOf(ConflictError);
    const units = await db().draftUnit.count({ where: { versionId: next.version.id } });
    expect(units).toBe(await db().draftUnit.count({ where: { versionId: live.version.id } }));
    const sent = await submitConsultationVersion(c.editor2, next.version.id, next.version.version);
    await approveConsultationVersion(c.approver, sent.version.id, sent.version.version);
    const states = await db().consultationVersion.findMany({
      where: { consultationId: live.version.consultationId },
      orderBy: { number: 'asc' },
      select: { number: true, state: true },
    });
    expect(states).toEqual([
      { number: 1, state: 'SUPERSEDED' },
      { number: 2, state: 'PUBLISHED' },
    ]);
  });
});

describe('the window guard at approval', () => {
  const short = () => {
    const opensAt = new Date(Date.now() - 3_600_000);
    return { opensAt, closesAt: new Date(opensAt.getTime() + 10 * 86_400_000) };
  };

  it('a window shorter than the minimum is approved only with a written reason', async () => {
    const sent = await submittedConsultation(c.editor, short());
    await expect(
      approveConsultationVersion(c.approver, sent.version.id, sent.version.version),
    ).rejects.toBeInstanceOf(ValidationError);
    const approved = await approveConsultationVersion(
      c.approver,
      sent.version.id,
      sent.version.version,
      {
        shortWindowReason: 'Văn bản cần ban hành gấp để kịp thời điểm có hiệu lực của Luật.',
      },
    );
    expect(approved.version.state).toBe('PUBLISHED');
    const stored = await db().consultationVersion.findUniqueOrThrow({
      where: { id: sent.version.id },
    });
    expect(stored.shortWindowReason).toMatch(/ban hành gấp/);
  });

  it('a reason the editor already wrote on the version is enough', async () => {
    const sent = await submittedConsultation(c.editor, {
      ...short(),
      shortWindowReason: 'Cần ban hành gấp.',
    });
    const approved = await approveConsultationVersion(
      c.approver,
      sent.version.id,
      sent.version.version,
    );
    expect(approved.version.state).toBe('PUBLISHED');
  });
});
