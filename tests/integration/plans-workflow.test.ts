import { describe, expect, it } from 'vitest';
import { cacheTags } from '../../lib/cache/tags';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { db } from '../../lib/db/client';
import type { PlanContent } from '../../lib/plans/content';
import {
  createPlan,
  rejectPlanRevision,
  savePlanRevision,
  submitPlanRevision,
} from '../../lib/plans/mutations';
import { planProgress } from '../../lib/plans/progress';
import { amendPlan, approvePlanRevision } from '../../lib/plans/publish';
import { loadPlan, loadPlanYears } from '../../lib/plans/queries';
import { getPlanForStaff } from '../../lib/plans/staff-queries';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { createPublishedArticle } from '../helpers/fixtures';
import { castEachTest } from '../helpers/integration';

const c = castEachTest({ warm: true });

/** A 2024 plan: one purpose, one solution with two activities (one due long ago). */
function content(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    title: 'Kế hoạch truyền thông năm 2024',
    decisionRef: 'Quyết định số 12/QĐ-BKHĐT',
    basis: 'Chỉ thị số 07/CT-TTg',
    summary: 'Tóm tắt kế hoạch.',
    items: [
      {
        key: 'p1',
        kind: 'PURPOSE',
        title: 'Người dân là trọng tâm',
        body: '',
        parentKey: null,
        targetDate: null,
        unit: '',
      },
      {
        key: 's1',
        kind: 'SOLUTION',
        title: 'Họp báo định kỳ',
        body: 'Mỗi quý.',
        parentKey: null,
        targetDate: null,
        unit: '',
      },
      {
        key: 'a1',
        kind: 'ACTIVITY',
        title: 'Họp báo quý I',
        body: '',
        parentKey: 's1',
        targetDate: '2024-03-31',
        unit: 'Vụ Truyền thông',
      },
      {
        key: 'a2',
        kind: 'ACTIVITY',
        title: 'Họp báo quý IV',
        body: '',
        parentKey: 's1',
        targetDate: '2099-12-31',
        unit: 'Văn phòng Bộ',
      },
    ],
    ...overrides,
  };
}

async function submitted2024() {
  const created = await createPlan(c.editor, { year: 2024, content: content() });
  return submitPlanRevision(c.editor, created.revision.id, created.revision.version);
}

async function isPublic(year: number) {
  const [plan, years, sitemap] = await Promise.all([
    loadPlan(year),
    loadPlanYears(),
    loadSitemapData(null),
  ]);
  const shown = [plan !== null, years.includes(year), sitemap.planYears.includes(year)];
  expect(new Set(shown).size, `page, years list and sitemap agree: ${shown}`).toBe(1);
  return shown[0];
}

describe('a plan written by staff, through the articles workflow', () => {
  it('four eyes: an editor cannot approve; nor can an approver who edited or submitted it', async () => {
    const sent = await submitted2024();
    await expect(
      approvePlanRevision(c.editor2, sent.revision.id, sent.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      approvePlanRevision(c.editor, sent.revision.id, sent.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const created = await createPlan(c.editor, {
      year: 2025,
      content: content({ title: 'Kế hoạch 2025' }),
    });
    const edited = await savePlanRevision(
      c.approver,
      created.revision.id,
      created.revision.version,
      content({ title: 'Kế hoạch 2025' }),
    );
    const bySubmitter = await submitPlanRevision(
      c.approver2,
      edited.revision.id,
      edited.revision.version,
    );
    for (const who of [c.approver, c.approver2]) {
      await expect(
        approvePlanRevision(who, bySubmitter.revision.id, bySubmitter.revision.version),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        rejectPlanRevision(who, bySubmitter.revision.id, bySubmitter.revision.version, {
          reason: 'Không',
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await isPublic(2025)).toBe(false);

    const approved = await approvePlanRevision(c.approver, sent.revision.id, sent.revision.version);
    expect(approved.revision.state).toBe('PUBLISHED');
    expect(approved.tags).toEqual([cacheTags.plan(2024), cacheTags.plans]);
    const audit = await db().auditEvent.findMany({
      where: { entityId: sent.revision.id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.entityType, a.action, a.toState, a.actorId])).toEqual([
      ['plan-revision', 'create', 'DRAFT', c.editor.id],
      ['plan-revision', 'submit', 'SUBMITTED', c.editor.id],
      ['plan-revision', 'approve', 'PUBLISHED', c.approver.id],
    ]);
  });

  it('two approvals of one revision at once: exactly one wins', async () => {
    const sent = await submitted2024();
    const results = await Promise.allSettled([
      approvePlanRevision(c.approver, sent.revision.id, sent.revision.version),
      approvePlanRevision(c.approver2, sent.revision.id, sent.revision.version),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.status === 'rejected' && failed.reason).toBeInstanceOf(ConflictError);
  });

  it('a draft or submitted plan is on no public read; approved, it is, with its activities under its solution', async () => {
    const created = await createPlan(c.editor, { year: 2024, content: content() });
    expect(await isPublic(2024)).toBe(false);
    const sent = await submitPlanRevision(c.editor, created.revision.id, created.revision.version);
    expect(await isPublic(2024)).toBe(false);
    const rejected = await rejectPlanRevision(c.approver, sent.revision.id, sent.revision.version, {
      reason: 'Thiếu thời hạn',
    });
    expect(await isPublic(2024)).toBe(false);
    const again = await submitPlanRevision(
      c.editor,
      rejected.revision.id,
      rejected.revision.version,
    );
    await approvePlanRevision(c.approver, again.revision.id, again.revision.version);
    expect(await isPublic(2024)).toBe(true);

    const plan = await loadPlan(2024);
    const [solution] = plan?.items.SOLUTION ?? [];
    expect(plan?.items.ACTIVITY.map((a) => [a.title, a.parentId, a.targetDate, a.unit])).toEqual([
      ['Họp báo quý I', solution?.id, '2024-03-31', 'Vụ Truyền thông'],
      ['Họp báo quý IV', solution?.id, '2099-12-31', 'Văn phòng Bộ'],
    ]);
  });

  it('a draft amendment leaves the public plan as approved until it is approved itself', async () => {
    const sent = await submitted2024();
    await approvePlanRevision(c.approver, sent.revision.id, sent.revision.version);
    const amended = await amendPlan(c.editor2, sent.revision.planId);
    await expect(amendPlan(c.editor, sent.revision.planId)).rejects.toBeInstanceOf(ConflictError);
    const staff = await getPlanForStaff(c.editor2, sent.revision.planId);
    const base = staff?.current?.content as PlanContent;
    const changed = {
      ...base,
      title: 'Kế hoạch truyền thông năm 2024 (sửa đổi)',
      items: [
        ...base.items,
        {
          key: 'new1',
          kind: 'ACTIVITY' as const,
          title: 'Tọa đàm chính sách',
          body: '',
          parentKey: base.items.find((i) => i.kind === 'SOLUTION')?.key ?? null,
          targetDate: '2099-06-30',
          unit: '',
        },
      ],
    };
    const saved = await savePlanRevision(
      c.editor2,
      amended.revision.id,
      amended.revision.version,
      changed,
      { submit: true },
    );

    const before = await loadPlan(2024);
    expect(before?.title).toBe('Kế hoạch truyền thông năm 2024');
    expect(before?.items.ACTIVITY.map((a) => a.title)).not.toContain('Tọa đàm chính sách');
    const diff = (await getPlanForStaff(c.approver, sent.revision.planId))?.diff;
    expect(diff?.fields.find((f) => f.key === 'title')?.diff.segments).toContainEqual({
      type: 'added',
      text: '(sửa đổi)',
    });
    expect(diff?.sections.find((s) => s.kind === 'ACTIVITY')?.items.map((i) => i.change)).toEqual([
      'same',
      'same',
      'added',
    ]);

    await approvePlanRevision(c.approver, saved.revision.id, saved.revision.version);
    const after = await loadPlan(2024);
    expect(after?.title).toBe('Kế hoạch truyền thông năm 2024 (sửa đổi)');
    expect(after?.items.ACTIVITY.map((a) => a.title)).toContain('Tọa đàm chính sách');
    const states = await db().planRevision.findMany({
      where: { planId: sent.revision.planId },
      orderBy: { number: 'asc' },
    });
    expect(states.map((r) => r.state)).toEqual(['SUPERSEDED', 'PUBLISHED']);
  });

  it('an activity is done once a linked article is published, late past its day, else upcoming', async () => {
    const sent = await submitted2024();
    await approvePlanRevision(c.approver, sent.revision.id, sent.revision.version);
    let plan = await loadPlan(2024);
    if (!plan) throw new Error('plan not public');
    expect(planProgress(plan, new Date()).counts).toEqual({ DONE: 0, LATE: 1, UPCOMING: 1 });
    const late = plan.items.ACTIVITY.find((a) => a.title === 'Họp báo quý I');
    await createPublishedArticle({
      category: { id: c.categoryId },
      title: 'Họp báo quý I đã diễn ra',
      planItems: late ? [late] : [],
    });
    plan = await loadPlan(2024);
    if (!plan) throw new Error('plan not public');
    const progress = planProgress(plan, new Date());
    expect(progress.counts).toEqual({ DONE: 1, LATE: 0, UPCOMING: 1 });
    const solutionId = plan.items.SOLUTION[0]?.id ?? '';
    expect(progress.bySolution.get(solutionId)?.map((a) => [a.item.title, a.status])).toEqual([
      ['Họp báo quý I', 'DONE'],
      ['Họp báo quý IV', 'UPCOMING'],
    ]);
  });

  it('refuses to drop an item that an article carries out, and keeps links through an amendment', async () => {
    const sent = await submitted2024();
    await approvePlanRevision(c.approver, sent.revision.id, sent.revision.version);
    const plan = await loadPlan(2024);
    const solution = plan?.items.SOLUTION[0];
    await createPublishedArticle({
      category: { id: c.categoryId },
      title: 'Bài thực hiện',
      planItems: solution ? [solution] : [],
    });
    const amended = await amendPlan(c.editor, sent.revision.planId);
    const base = (await getPlanForStaff(c.editor, sent.revision.planId))?.current
      ?.content as PlanContent;
    const renamed = {
      ...base,
      items: base.items.map((i) =>
        i.kind === 'SOLUTION' ? { ...i, title: 'Họp báo và tọa đàm' } : i,
      ),
    };
    const dropped = {
      ...base,
      items: base.items.filter((i) => i.kind !== 'SOLUTION' && i.kind !== 'ACTIVITY'),
    };

    const first = await savePlanRevision(
      c.editor,
      amended.revision.id,
      amended.revision.version,
      dropped,
      { submit: true },
    );
    await expect(
      approvePlanRevision(c.approver, first.revision.id, first.revision.version),
    ).rejects.toBeInstanceOf(ValidationError);
    const back = await rejectPlanRevision(c.approver, first.revision.id, first.revision.version, {
      reason: 'Giữ giải pháp',
    });
    const second = await savePlanRevision(
      c.editor,
      back.revision.id,
      back.revision.version,
      renamed,
      { submit: true },
    );
    await approvePlanRevision(c.approver, second.revision.id, second.revision.version);
    const after = await loadPlan(2024);
    expect(
      after?.items.SOLUTION.map((s) => [s.id, s.title, s.articles.map((a) => a.title)]),
    ).toEqual([[solution?.id, 'Họp báo và tọa đàm', ['Bài thực hiện']]]);
  });

  it('checks content: an activity needs a solution, a year is taken once, a day must be real', async () => {
    const orphan = content({
      items: [
        {
          key: 'a9',
          kind: 'ACTIVITY',
          title: 'Mồ côi',
          body: '',
          parentKey: null,
          targetDate: null,
          unit: '',
        },
      ],
    });
    await expect(createPlan(c.editor, { year: 2024, content: orphan })).rejects.toMatchObject({
      fieldErrors: { 'item:a9:parent': expect.any(Array) },
    });
    await createPlan(c.editor, { year: 2024, content: content() });
    await expect(createPlan(c.editor2, { year: 2024, content: content() })).rejects.toMatchObject({
      fieldErrors: { year: ['Đã có kế hoạch truyền thông năm 2024.'] },
    });
    await expect(createPlan(c.admin, { year: 2026, content: content() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const badDay = content();
    badDay.items[2] = {
      ...(badDay.items[2] as PlanContent['items'][number]),
      targetDate: '31/03/2024',
    };
    await expect(createPlan(c.editor, { year: 2027, content: badDay })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
