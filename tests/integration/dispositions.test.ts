import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { db } from '../../lib/db/client';
import { saveDispositionEntry } from '../../lib/dispositions/entries';
import { loadPublicRegister } from '../../lib/dispositions/public';
import {
  approveRegister,
  rejectRegister,
  submitRegister,
} from '../../lib/dispositions/transitions';
import { publishedConsultation } from '../helpers/consultations';
import { commentAccepted } from '../helpers/comments';
import { publishedComments, registerVersion } from '../helpers/dispositions';
import { castEachTest } from '../helpers/integration';

const c = castEachTest();
const DAY = 86_400_000;
const afterClose = () => new Date(Date.now() + 40 * DAY);

/** A published consultation (window open now) with three published comments: two on a Khoản, one on the whole draft. */
async function consultationWithComments() {
  const live = await publishedConsultation(c.editor, c.approver);
  const { consultationId } = live.version;
  const ids = await publishedComments(c.editor, live.slug, [
    { unit: 'dieu-2-khoan-1', body: 'Đề nghị nêu rõ cơ quan chủ trì soạn thảo là bộ nào.' },
    {
      unit: 'dieu-2-khoan-1',
      body: 'Cần bổ sung cơ quan phối hợp vào khoản này.',
      stance: 'y-kien-khac',
    },
    { body: 'Toàn bộ dự thảo nên có thêm điều khoản chuyển tiếp.', stance: 'dong-tinh' },
  ]);
  return { slug: live.slug, consultationId, ids: ids as [string, string, string] };
}

const accept = { outcome: 'tiep-thu', response: 'Đã bổ sung vào khoản 1 Điều 2.' } as const;

describe('the disposition register: four eyes, and nothing public before publication', () => {
  it('goes public in one batch, only when approved by someone who drafted none of it', async () => {
    const { slug, consultationId, ids } = await consultationWithComments();
    const [first, second, whole] = ids;
    const save = async (
      actor: typeof c.editor,
      id: string,
      input: Parameters<typeof saveDispositionEntry>[4],
    ) =>
      saveDispositionEntry(actor, consultationId, id, await registerVersion(consultationId), input);

    await save(c.editor, first, accept);
    await save(c.approver2, whole, {
      outcome: 'giai-trinh',
      response: 'Dự thảo đã có Điều 6 về hiệu lực.',
    });
    expect(await loadPublicRegister(slug, afterClose())).toBeNull();

    const reg = await db().dispositionRegister.findUniqueOrThrow({ where: { consultationId } });
    await expect(submitRegister(c.editor, reg.id, reg.version)).rejects.toThrow(/Còn 1 ý kiến/);
    const last = await save(c.editor, second, {
      outcome: 'trung',
      response: '',
      duplicateOfId: first,
    });
    const sent = await submitRegister(c.editor, last.registerId, last.registerVersion);
    expect(await loadPublicRegister(slug, afterClose())).toBeNull();

    // approver2 drafted an entry; the editor wrote and submitted; an editor may not approve anyway.
    for (const actor of [c.approver2, c.editor]) {
      await expect(
        approveRegister(actor, reg.id, sent.register.version, afterClose()),
      ).rejects.toThrow(ForbiddenError);
    }
    // While citizens may still comment, the register waits.
    await expect(approveRegister(c.approver, reg.id, sent.register.version)).rejects.toThrow(
      /sau khi hết thời gian lấy ý kiến/,
    );
    expect(await loadPublicRegister(slug, afterClose())).toBeNull();

    const done = await approveRegister(c.approver, reg.id, sent.register.version, afterClose());
    expect(done.register.state).toBe('PUBLISHED');
    expect(done.tags).toContain(`consultation:${slug}`);
    const register = await loadPublicRegister(slug, afterClose());
    expect(register?.rows.map((r) => [r.number, r.provision, r.outcome, r.duplicateOf])).toEqual([
      [1, 'Toàn bộ dự thảo', 'Giải trình', null],
      [2, 'khoản 1 Điều 2', 'Tiếp thu', null],
      [3, 'khoản 1 Điều 2', 'Trùng', 2],
    ]);
    expect(register?.rows[1]?.commenter).toMatch(/^Trần Thị \d+ \(Cá nhân\)$/);

    const audit = await db().auditEvent.findMany({
      where: { entityType: 'disposition-register', entityId: reg.id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['create', c.editor.id],
      ['edit', c.approver2.id],
      ['edit', c.editor.id],
      ['submit', c.editor.id],
      ['approve', c.approver.id],
    ]);
    // Published once: no entry changes afterwards.
    await expect(save(c.editor, first, accept)).rejects.toThrow();
  });

  it('a rejection sends it back to the editors with the reason, still not public', async () => {
    const { slug, consultationId, ids } = await consultationWithComments();
    let v = 0;
    for (const id of ids)
      v = (await saveDispositionEntry(c.editor, consultationId, id, v, accept)).registerVersion;
    const reg = await db().dispositionRegister.findUniqueOrThrow({ where: { consultationId } });
    const sent = await submitRegister(c.editor, reg.id, v);
    const rejected = await rejectRegister(c.approver, reg.id, sent.register.version, {
      reason: 'Giải trình chưa đủ căn cứ.',
    });
    expect(rejected.register.state).toBe('REJECTED');
    expect(await loadPublicRegister(slug, afterClose())).toBeNull();
    const edited = await saveDispositionEntry(
      c.editor2,
      consultationId,
      ids[0],
      rejected.register.version,
      {
        outcome: 'tiep-thu-mot-phan',
        response: 'Tiếp thu phần cơ quan chủ trì.',
      },
    );
    expect(
      (await db().dispositionRegister.findUniqueOrThrow({ where: { id: reg.id } })).state,
    ).toBe('DRAFT');
    const resent = await submitRegister(c.editor2, reg.id, edited.registerVersion);
    await expect(
      approveRegister(c.approver, reg.id, resent.register.version, afterClose()),
    ).resolves.toBeTruthy();
  });

  it('answers only published comments, a group through its first item, and refuses a stale form', async () => {
    const { slug, consultationId, ids } = await consultationWithComments();
    const pending = await commentAccepted(slug, { body: 'Ý kiến chưa được duyệt đăng.' });
    await expect(
      saveDispositionEntry(c.editor, consultationId, pending.id, 0, accept),
    ).rejects.toThrow(ValidationError);
    const campaign =
      'Chúng tôi đề nghị giữ nguyên thời hạn lấy ý kiến sáu mươi ngày như hiện hành.';
    const [lead, copy] = await publishedComments(c.editor, slug, [
      { unit: 'dieu-1', body: campaign },
      { unit: 'dieu-1', body: `${campaign} Xin cảm ơn.` },
    ]);
    const copyRow = await db().feedback.findUniqueOrThrow({ where: { id: copy ?? '' } });
    expect(copyRow.groupId).toBe(lead);
    await expect(
      saveDispositionEntry(c.editor, consultationId, copy ?? '', 0, accept),
    ).rejects.toThrow(/thuộc một nhóm/);
    const one = await saveDispositionEntry(c.editor, consultationId, ids[0], 0, accept);
    const stale = saveDispositionEntry(c.editor2, consultationId, ids[1], 0, accept);
    await expect(stale).rejects.toThrow(ConflictError);
    expect(one.registerVersion).toBe(1);
    expect(await db().dispositionEntry.count()).toBe(1);
  });
});
