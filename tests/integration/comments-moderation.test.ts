import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_REFUSALS,
  commentAcceptedPage,
  commentInvalidPage,
  commentNotStoredPage,
} from '../../components/comments/result-pages';
import { UnitCommentsBlock } from '../../components/comments/unit-comments';
import { QueueTable } from '../../components/moderation/queue-table';
import { cacheTags } from '../../lib/cache/tags';
import { loadConsultationComments } from '../../lib/comments/queries';
import { db } from '../../lib/db/client';
import { exportPersonalData, erasePersonalData } from '../../lib/feedback/personal-data';
import { regroupConsultation, regroupItems } from '../../lib/moderation/grouping';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { listModerationQueue } from '../../lib/moderation/queue';
import { publishedConsultation } from '../helpers/consultations';
import { commentAccepted } from '../helpers/comments';
import { castEachTest } from '../helpers/integration';
import { firstAdmin } from '../helpers/staff';

const c = castEachTest();

async function live() {
  const v = await publishedConsultation(c.editor, c.approver);
  return { slug: v.slug, consultationId: v.version.consultationId };
}

const queue = (consultationId: string, state: 'PENDING' | 'PUBLISHED' = 'PENDING') =>
  listModerationQueue(c.editor, { state, consultationId, page: 1 });

async function unitIdOf(consultationId: string, anchor: string): Promise<string> {
  const consultation = await db().consultation.findUniqueOrThrow({ where: { id: consultationId } });
  const unit = await db().draftUnit.findUniqueOrThrow({
    where: { versionId_anchor: { versionId: consultation.liveVersionId ?? '', anchor } },
  });
  return unit.id;
}

describe('no comment is public before a moderator publishes it', () => {
  it('pending: in the queue under its consultation, not on the page; published: on its unit, counted by stance', async () => {
    const { slug, consultationId } = await live();
    const sent = await commentAccepted(slug, { unit: 'dieu-4', stance: 'dong-tinh' });
    expect(await loadConsultationComments(slug)).toEqual({});
    const pending = await queue(consultationId);
    expect(pending.rows.map((r) => [r.id, r.consultationId, r.stance])).toEqual([
      [sent.id, consultationId, 'AGREE'],
    ]);
    // The article filter does not list it.
    const byArticle = await listModerationQueue(c.editor, {
      state: 'PENDING',
      articleId: 'x',
      page: 1,
    });
    expect(byArticle.total).toBe(0);

    const done = await moderateFeedback(c.editor, [{ id: sent.id, version: 1 }], {
      decision: 'publish',
    });
    expect(done.tags).toContain(cacheTags.consultation(slug));
    const shown = await loadConsultationComments(slug);
    const unit = shown[await unitIdOf(consultationId, 'dieu-4')];
    expect(unit?.total).toBe(1);
    expect(unit?.counts.AGREE).toEqual({ verified: 0, unverified: 1 });
    expect(unit?.items[0]).toMatchObject({ id: sent.id, versionNumber: 1, groupSize: 1 });

    await db().feedback.update({ where: { id: sent.id }, data: { verifiedAt: new Date() } });
    const verified = await loadConsultationComments(slug);
    expect(verified[await unitIdOf(consultationId, 'dieu-4')]?.counts.AGREE).toEqual({
      verified: 1,
      unverified: 0,
    });

    await moderateFeedback(c.editor, [{ id: sent.id, version: 2 }], { decision: 'hide' });
    expect(await loadConsultationComments(slug)).toEqual({});
  });

  it('a person’s comments are in their data export and gone with their erasure', async () => {
    const { slug } = await live();
    const sent = await commentAccepted(slug, { email: 'mot-nguoi@example.vn', unit: 'dieu-1' });
    await moderateFeedback(c.editor, [{ id: sent.id, version: 1 }], { decision: 'publish' });
    const admin = await firstAdmin();
    const exported = await exportPersonalData(admin, 'mot-nguoi@example.vn');
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      article: `/du-thao/${slug}`,
      stance: 'DISAGREE',
      commenterType: 'INDIVIDUAL',
      draftVersion: 1,
    });
    const erased = await erasePersonalData(admin, 'mot-nguoi@example.vn');
    expect(erased.count).toBe(1);
    expect(erased.expireTags).toContain(cacheTags.consultation(slug));
    expect(await loadConsultationComments(slug)).toEqual({});
  });
});

// A campaign letter, sent 200 times with small personal edits.
const CAMPAIGN =
  'Chúng tôi đề nghị Ban soạn thảo bỏ quy định buộc người góp ý phải xác thực email, vì quy định ' +
  'này làm khó người cao tuổi và người dân ở vùng sâu vùng xa không quen dùng thư điện tử; ' +
  'đồng thời đề nghị kéo dài thời gian lấy ý kiến thêm ba mươi ngày.';
function copy(n: number): string {
  const edits = [
    (t: string) => `Kính gửi Ban soạn thảo. ${t}`,
    (t: string) => t.replace('Chúng tôi', 'Tôi'),
    (t: string) => `${t} Trân trọng cảm ơn.`,
    (t: string) => t.replace('ba mươi ngày', '30 ngày'),
    (t: string) => t.toLowerCase(),
    (t: string) => t.replace('người cao tuổi', 'người già'),
  ];
  const a = edits[n % edits.length] ?? ((t: string) => t);
  const b = edits[(n * 7 + 3) % edits.length] ?? ((t: string) => t);
  return `${b(a(CAMPAIGN))} (${['Hà Nội', 'Huế', 'Cần Thơ', 'Đà Nẵng'][n % 4]})`;
}

describe('campaign copies form one group', () => {
  it('200 copies with small edits: one group, one queue row, its size public; a different comment stays apart', async () => {
    const { slug, consultationId } = await live();
    // Twenty at a time: copies sent together cannot see each other, which regrouping mends.
    for (let n = 0; n < 200; n += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          commentAccepted(slug, { unit: 'dieu-5', body: copy(n + i) }),
        ),
      );
    }
    const other = await commentAccepted(slug, {
      unit: 'dieu-5',
      body: 'Đề nghị bổ sung quy định về thời hạn trả lời góp ý của cơ quan chủ trì soạn thảo.',
    });
    await regroupConsultation(c.editor, consultationId);
    const groups = await db().feedback.groupBy({
      by: ['groupId'],
      where: { consultationId },
      _count: true,
    });
    expect(groups.map((g) => g._count).sort((a, b) => b - a)).toEqual([200, 1]);
    expect((await db().feedback.findUniqueOrThrow({ where: { id: other.id } })).groupId).toBeNull();

    const rows = (await queue(consultationId)).rows;
    expect(rows.map((r) => r.count).sort((a, b) => b - a)).toEqual([200, 1]);
    const campaign = rows.find((r) => r.count === 200);
    await moderateFeedback(c.editor, campaign?.refs ?? [], { decision: 'publish' });
    const unit = (await loadConsultationComments(slug))[await unitIdOf(consultationId, 'dieu-5')];
    expect(unit?.total).toBe(200);
    expect(unit?.items).toHaveLength(1);
    expect(unit?.items[0]?.groupSize).toBe(200);
  }, 180_000);

  it('a moderator splits one copy out and merges it back; automatic regrouping leaves it where they put it', async () => {
    const { slug, consultationId } = await live();
    const a = await commentAccepted(slug, { body: copy(1) });
    const b = await commentAccepted(slug, { body: copy(1) });
    const d = await commentAccepted(slug, { body: copy(2) });
    const key = async (id: string) =>
      (await db().feedback.findUniqueOrThrow({ where: { id } })).groupId;
    expect(await key(b.id)).toBe(a.id);
    const version = async (id: string) =>
      (await db().feedback.findUniqueOrThrow({ where: { id } })).version;

    // Splitting the item the group is named after renames the group after the next oldest.
    await regroupItems(c.editor, [{ id: a.id, version: await version(a.id) }], 'split');
    await regroupConsultation(c.editor, consultationId);
    expect(await key(a.id)).toBeNull();
    expect(await key(b.id)).toBe(await key(d.id));

    await regroupItems(
      c.editor,
      [
        { id: a.id, version: await version(a.id) },
        { id: b.id, version: await version(b.id) },
      ],
      'merge',
    );
    const merged = await key(a.id);
    expect(merged).not.toBeNull();
    expect([await key(b.id), await key(d.id)]).toEqual([merged, merged]);
    await expect(regroupItems(c.editor, [{ id: a.id, version: 1 }], 'split')).rejects.toThrow(
      /vừa được người khác/,
    );
  });
});

describe('markup in every field is shown as text', () => {
  const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
  it('on the public unit block, the moderator’s queue and the route’s pages', async () => {
    const { slug, consultationId } = await live();
    const sent = await commentAccepted(slug, {
      unit: 'dieu-2',
      name: `Tên ${XSS}`,
      body: `Ý kiến ${XSS}`,
      email: 'xss@example.vn',
    });
    await moderateFeedback(c.editor, [{ id: sent.id, version: 1 }], { decision: 'publish' });
    const unit = (await loadConsultationComments(slug))[await unitIdOf(consultationId, 'dieu-2')];
    const pages = [
      renderToStaticMarkup(
        createElement(UnitCommentsBlock, {
          comments: unit,
          citation: `Điều 2 ${XSS}`,
          currentVersion: 1,
        }),
      ),
      renderToStaticMarkup(
        createElement(QueueTable, {
          rows: (await queue(consultationId, 'PUBLISHED')).rows,
          caption: 'x',
        }),
      ),
    ];
    const draft = {
      name: XSS,
      email: `${XSS}@x.vn`,
      body: XSS,
      stance: XSS,
      commenterType: XSS,
      unit: XSS,
      versionNumber: XSS,
    };
    const back = { slug, title: XSS };
    pages.push(
      commentAcceptedPage(back, draft, true),
      commentInvalidPage(back, draft, [XSS]),
      commentNotStoredPage(back, draft, XSS, XSS),
      commentNotStoredPage(back, draft, COMMENT_REFUSALS.late.title, COMMENT_REFUSALS.late.why),
    );
    for (const html of pages) {
      expect(html).not.toMatch(/<script>|<img|onerror=alert\(2\)>/);
      expect(html).toContain('&lt;script&gt;');
    }
  });
});
