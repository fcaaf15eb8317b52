import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { savePlanRevision, submitPlanRevision } from '../../lib/plans/mutations';
import { planProgress } from '../../lib/plans/progress';
import { amendPlan, approvePlanRevision } from '../../lib/plans/publish';
import { loadPlan, type PlanDto } from '../../lib/plans/queries';
import { getPlanForStaff, listPlansForStaff } from '../../lib/plans/staff-queries';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { seedDatabase } from '../../lib/seed/run';
import { resetDatabase } from '../helpers/integration';
import { cast, type Cast } from '../helpers/workflow-fixtures';

const SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
let mediaDir = '';
let c: Cast;
let seeded: PlanDto | null = null;

beforeAll(async () => {
  await resetDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'plans-seed-'));
  await seedDatabase(db(), { demoAccounts: false, mediaDir });
  c = await cast();
  seeded = await loadPlan(2023);
});

afterAll(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

describe('the 2023 plan seeded from the source', () => {
  it('is public as imported: page, sitemap, five summary solutions each carried out by the seeded article, no activities', async () => {
    expect(seeded?.title).toBe('Kế hoạch truyền thông năm 2023 của Bộ Kế hoạch và Đầu tư');
    expect(seeded?.items.SOLUTION).toHaveLength(5);
    for (const s of seeded?.items.SOLUTION ?? []) {
      expect(s.isSummary).toBe(true);
      expect(s.articles.map((a) => a.slug)).toEqual([SLUG]);
    }
    expect(seeded?.items.CHANNEL).toHaveLength(8);
    expect(seeded?.items.ACTIVITY).toEqual([]);
    expect((await loadSitemapData(null)).planYears).toEqual([2023]);
    if (!seeded) throw new Error('no 2023 plan');
    expect(planProgress(seeded, new Date()).counts).toEqual({ DONE: 0, LATE: 0, UPCOMING: 0 });
  });

  it('shows on the staff list as published with no revision; a second seed changes nothing', async () => {
    expect(await listPlansForStaff(c.editor)).toMatchObject([
      { year: 2023, state: 'PUBLISHED', published: true },
    ]);
    const plan = await getPlanForStaff(c.editor, (await listPlansForStaff(c.editor))[0]?.id ?? '');
    expect(plan?.revisions).toEqual([]);
    expect(plan?.rights.amend).toBe(true);
    await seedDatabase(db(), { demoAccounts: false, mediaDir });
    expect(await loadPlan(2023)).toEqual(seeded);
  });

  it('an amendment approved unchanged leaves the public plan exactly as seeded, its items and links kept', async () => {
    const planId = (await listPlansForStaff(c.editor))[0]?.id ?? '';
    const amended = await amendPlan(c.editor, planId);
    const draft = await getPlanForStaff(c.editor, planId);
    const content = draft?.current?.content;
    expect(draft?.diff?.fields.every((f) => !f.diff.changed)).toBe(true);
    expect(draft?.diff?.sections.flatMap((s) => s.items).every((i) => i.change === 'same')).toBe(
      true,
    );
    const saved = await savePlanRevision(
      c.editor,
      amended.revision.id,
      amended.revision.version,
      content,
    );
    const sent = await submitPlanRevision(c.editor, saved.revision.id, saved.revision.version);
    await approvePlanRevision(c.approver, sent.revision.id, sent.revision.version);
    expect(await loadPlan(2023)).toEqual(seeded);
  });
});
