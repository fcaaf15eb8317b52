import { describe, expect, it } from 'vitest';
import {
  approveConsultationVersion,
  createConsultation,
  saveConsultationVersion,
  startConsultationVersion,
  submitConsultationVersion,
} from '../../lib/consultations/mutations';
import { loadPublishedVersionNumbers, loadRedraft } from '../../lib/consultations/redraft-queries';
import { consultationInput, publishedConsultation } from '../helpers/consultations';
import { castEachTest } from '../helpers/integration';
import { SAMPLE_NGHI_DINH } from '../helpers/sample-draft';

const c = castEachTest();

// Version 2 inserts a new Điều 2 (the rest renumbered) and edits old Điều 5.
const REDRAFT = SAMPLE_NGHI_DINH.replace(
  'Điều 2. Đối tượng áp dụng',
  'Điều 2. Nguyên tắc\nViệc lấy ý kiến phải công khai, minh bạch.\n\nĐiều 2a. Đối tượng áp dụng',
)
  .replace('Điều 2a.', 'Điều 3.')
  .replace('Điều 3: Giải thích', 'Điều 4: Giải thích')
  .replace('Điều 4. Đăng tải', 'Điều 5. Đăng tải')
  .replace('Điều 5. Tiếp nhận', 'Điều 6. Tiếp nhận')
  .replace('Điều 6. Hiệu lực', 'Điều 7. Hiệu lực')
  .replace('gửi trực tuyến trên cổng', 'gửi trực tuyến hoặc bằng văn bản trên cổng');

/** A published consultation and its version 2 (REDRAFT), saved and submitted, not yet approved. */
async function redraftAwaitingApproval() {
  const live = await publishedConsultation(c.editor, c.approver);
  const v2 = await startConsultationVersion(c.editor, live.version.consultationId);
  const saved = await saveConsultationVersion(
    c.editor,
    v2.version.id,
    v2.version.version,
    consultationInput({ draftText: REDRAFT }),
  );
  const sent = await submitConsultationVersion(c.editor, saved.version.id, saved.version.version);
  return { slug: live.slug, sent };
}

describe('public comparison of versions', () => {
  it('compares nothing until the redraft is approved, then shows each unit that changed', async () => {
    const { slug, sent } = await redraftAwaitingApproval();
    expect(await loadPublishedVersionNumbers(slug)).toEqual([1]);
    expect(await loadRedraft(slug, 1, 2)).toBeNull();

    await approveConsultationVersion(c.approver, sent.version.id, sent.version.version);
    expect(await loadPublishedVersionNumbers(slug)).toEqual([1, 2]);
    const redraft = await loadRedraft(slug, 1, 2);
    const summary = redraft?.comparison.changes.map((x) => [x.status, x.previousName, x.nextName]);
    expect(summary).toEqual([
      ['added', null, 'Điều 2'],
      ['renumbered', 'Điều 2', 'Điều 3'],
      ['renumbered', 'Điều 3', 'Điều 4'],
      ['renumbered', 'Điều 4', 'Điều 5'],
      ['changed', 'Điều 5', 'Điều 6'],
      ['renumbered', 'Điều 6', 'Điều 7'],
    ]);
    const edited = redraft?.comparison.changes[4]?.text.segments ?? [];
    expect(edited.filter((s) => s.type === 'added').map((s) => s.text.trim())).toEqual([
      'hoặc bằng văn bản',
    ]);
  });

  it('never compares a version that is a draft, rejected, of an unpublished consultation, or itself', async () => {
    const { slug } = await redraftAwaitingApproval();
    expect(await loadRedraft(slug, 1, 2)).toBeNull();
    expect(await loadRedraft(slug, 2, 1)).toBeNull();
    expect(await loadRedraft(slug, 1, 1)).toBeNull();
    const unpublished = await createConsultation(c.editor, consultationInput({ title: 'Nháp' }));
    expect(await loadPublishedVersionNumbers(unpublished.slug)).toEqual([]);
    expect(await loadRedraft('khong-co', 1, 2)).toBeNull();
    expect(await loadRedraft('../x', 1, 2)).toBeNull();
  });
});
