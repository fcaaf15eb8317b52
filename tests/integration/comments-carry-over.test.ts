import { describe, expect, it } from 'vitest';
import { approveConsultationVersion } from '../../lib/consultations/publish';
import {
  saveConsultationVersion,
  startConsultationVersion,
} from '../../lib/consultations/mutations';
import { db } from '../../lib/db/client';
import { consultationInput, publishedConsultation } from '../helpers/consultations';
import { commentAccepted } from '../helpers/comments';
import { castEachTest } from '../helpers/integration';
import { SAMPLE_NGHI_DINH } from '../helpers/sample-draft';

const c = castEachTest();

// Version 2 inserts a new Điều 4 and renumbers the old Điều 4..6 as 5..7,
// rewrites a few words of old Điều 5, drops old Điều 3's Khoản 1 (Khoản 2
// becomes Khoản 1) and old Điều 5's điểm c.
const INSERTED = `Điều 4. Lập kế hoạch lấy ý kiến
Cơ quan chủ trì lập kế hoạch lấy ý kiến trước khi đăng tải dự thảo.

`;
function redraft(text: string): string {
  const renumbered = text
    .replace('Điều 6. Hiệu lực thi hành', 'Điều 7. Hiệu lực thi hành')
    .replace('Điều 5. Tiếp nhận góp ý', 'Điều 6. Tiếp nhận góp ý')
    .replace('Điều 4. Đăng tải dự thảo', `${INSERTED}Điều 5. Đăng tải dự thảo`)
    .replace('Tiếp nhận đầy đủ góp ý;', 'Tiếp nhận đầy đủ, kịp thời góp ý;')
    .replace('1. Dự thảo là văn bản đang được lấy ý kiến.\n2.', '1.')
    .replace('c) Không công khai thông tin cá nhân của người góp ý;\n', '');
  if (renumbered === text) throw new Error('the sample draft changed: update the redraft');
  return renumbered;
}

async function placeOf(id: string) {
  const row = await db().feedback.findUniqueOrThrow({
    where: { id },
    select: {
      unit: { select: { anchor: true } },
      liveUnit: { select: { anchor: true, version: { select: { number: true } } } },
      draftVersion: { select: { number: true } },
    },
  });
  return {
    madeOn: row.draftVersion?.number,
    unit: row.unit?.anchor ?? null,
    live: row.liveUnit ? `${row.liveUnit.version.number}#${row.liveUnit.anchor}` : null,
  };
}

describe('a redraft keeps each comment on the unit it was about', () => {
  it('follows an inserted Điều that renumbers the rest; a dropped unit keeps its own version', async () => {
    const v1 = await publishedConsultation(c.editor, c.approver);
    const slug = v1.slug;
    const onDieu4 = await commentAccepted(slug, { unit: 'dieu-4' });
    const onPoint = await commentAccepted(slug, { unit: 'dieu-5-khoan-2-diem-a' });
    const onDropped = await commentAccepted(slug, { unit: 'dieu-3-khoan-2' });
    const onLast = await commentAccepted(slug, { unit: 'dieu-6' });
    const whole = await commentAccepted(slug, { unit: '' });
    const gone = await commentAccepted(slug, { unit: 'dieu-5-khoan-2-diem-c' });

    const started = await startConsultationVersion(c.editor, v1.version.consultationId);
    const saved = await saveConsultationVersion(
      c.editor,
      started.version.id,
      started.version.version,
      consultationInput({ draftText: redraft(SAMPLE_NGHI_DINH) }),
      { submit: true },
    );
    await approveConsultationVersion(c.approver, saved.version.id, saved.version.version);

    expect(await placeOf(onDieu4.id)).toEqual({ madeOn: 1, unit: 'dieu-4', live: '2#dieu-5' });
    expect(await placeOf(onPoint.id)).toEqual({
      madeOn: 1,
      unit: 'dieu-5-khoan-2-diem-a',
      live: '2#dieu-6-khoan-2-diem-a',
    });
    expect(await placeOf(onLast.id)).toEqual({ madeOn: 1, unit: 'dieu-6', live: '2#dieu-7' });
    // Old Khoản 2 of Điều 3 (the list of kinds of comment) became Khoản 1.
    expect(await placeOf(onDropped.id)).toEqual({
      madeOn: 1,
      unit: 'dieu-3-khoan-2',
      live: '2#dieu-3-khoan-1',
    });
    expect(await placeOf(whole.id)).toEqual({ madeOn: 1, unit: null, live: null });
    expect(await placeOf(gone.id)).toEqual({
      madeOn: 1,
      unit: 'dieu-5-khoan-2-diem-c',
      live: null,
    });
    // The new Điều 4 has no comments of its own.
    const newDieu4 = await db().draftUnit.findUniqueOrThrow({
      where: { versionId_anchor: { versionId: saved.version.id, anchor: 'dieu-4' } },
    });
    expect(await db().feedback.count({ where: { liveUnitId: newDieu4.id } })).toBe(0);
  });
});

describe('the staff summary', () => {
  it('counts by stance per unit (most commented first) and per day, with the groups', async () => {
    const { getCommentSummary } = await import('../../lib/comments/summary');
    const v1 = await publishedConsultation(c.editor, c.approver);
    await commentAccepted(v1.slug, { unit: 'dieu-4', stance: 'dong-tinh' });
    await commentAccepted(v1.slug, { unit: 'dieu-4', stance: 'khong-dong-tinh' });
    await commentAccepted(v1.slug, {
      unit: 'dieu-4',
      stance: 'khong-dong-tinh',
      body: 'Giống hệt nhau, đề nghị bỏ Điều 4 vì trùng lặp với Luật.',
    });
    await commentAccepted(v1.slug, {
      unit: 'dieu-4',
      stance: 'khong-dong-tinh',
      body: 'Giống hệt nhau, đề nghị bỏ Điều 4 vì trùng lặp với Luật.',
    });
    await commentAccepted(v1.slug, { unit: '', stance: 'y-kien-khac' });
    // Two sent either side of midnight in Vietnam (UTC+7), 30 June to 1 July.
    await db().$executeRaw`
      UPDATE "Feedback" SET "createdAt" = CASE WHEN stance = 'AGREE'
        THEN '2026-06-30 16:59:00'::timestamp ELSE '2026-06-30 17:00:00'::timestamp END
      WHERE stance IN ('AGREE', 'OTHER')`;
    const s = await getCommentSummary(c.editor, v1.version.consultationId);
    expect(s.total).toBe(5);
    expect(s.units[0]).toMatchObject({
      anchor: 'dieu-4',
      total: 4,
      pending: 4,
      published: 0,
      stance: { AGREE: 1, DISAGREE: 3, OTHER: 0 },
    });
    expect(s.units[1]).toMatchObject({ anchor: '', total: 1, stance: { OTHER: 1 } });
    expect(s.days.reduce((n, d) => n + d.total, 0)).toBe(5);
    expect(s.days.slice(0, 2)).toEqual([
      { day: '2026-06-30', total: 1, stance: { AGREE: 1, DISAGREE: 0, OTHER: 0 } },
      { day: '2026-07-01', total: 1, stance: { AGREE: 0, DISAGREE: 0, OTHER: 1 } },
    ]);
    expect(s.groups).toEqual([
      expect.objectContaining({ size: 2, stance: 'DISAGREE', anchor: 'dieu-4' }),
    ]);
  });
});
