import { describe, expect, it } from 'vitest';
import { readConfirmStep } from '../../app/quan-tri/_lib/confirm-step';

const NOW = new Date('2026-11-29T03:00:00Z'); // 10:00 in Vietnam

describe('the first step of Phê duyệt / Từ chối / Gỡ bài, read from the query string', () => {
  it('nothing asked: no confirmation, no errors', () => {
    expect(readConfirmStep({}, NOW)).toMatchObject({ kind: null, form: null, errors: {} });
    expect(readConfirmStep({ 'xac-nhan': 'xoa-het' }, NOW).kind).toBeNull();
  });

  it('Phê duyệt with no time: at once', () => {
    const step = readConfirmStep({ 'xac-nhan': 'phe-duyet', v: '3', 'thoi-gian': ' ' }, NOW);
    expect(step).toMatchObject({ kind: 'phe-duyet', version: 3, publishAtDate: null, errors: {} });
  });

  it('Phê duyệt at a future time (Vietnam time), typed dd/mm/yyyy', () => {
    const step = readConfirmStep({ 'xac-nhan': 'phe-duyet', 'thoi-gian': '03/12/2026 09:05' }, NOW);
    expect(step.kind).toBe('phe-duyet');
    expect(step.publishAtDate?.toISOString()).toBe('2026-12-03T02:05:00.000Z');
  });

  it('a month-first or past time goes back to the form with the message, not to confirmation', () => {
    const wrong = readConfirmStep(
      { 'xac-nhan': 'phe-duyet', 'thoi-gian': '12/31/2026 09:05' },
      NOW,
    );
    expect(wrong).toMatchObject({ kind: null, form: 'phe-duyet' });
    expect(wrong.errors.publishAt?.[0]).toMatch(/không hợp lệ/);
    const past = readConfirmStep({ 'xac-nhan': 'phe-duyet', 'thoi-gian': '29/11/2026 09:59' }, NOW);
    expect(past).toMatchObject({ kind: null, form: 'phe-duyet' });
    expect(past.errors.publishAt?.[0]).toMatch(/phải sau thời điểm hiện tại/);
  });

  it('Từ chối and Gỡ bài need a reason; it is read back trimmed', () => {
    const none = readConfirmStep({ 'xac-nhan': 'tu-choi', 'ly-do': '   ' }, NOW);
    expect(none).toMatchObject({
      kind: null,
      form: 'tu-choi',
      errors: { reason: ['Hãy nêu lý do.'] },
    });
    const ok = readConfirmStep({ 'xac-nhan': 'go-bai', 'ly-do': '  Thông tin đã cũ. ' }, NOW);
    expect(ok).toMatchObject({ kind: 'go-bai', reason: 'Thông tin đã cũ.', errors: {} });
  });

  it('"Quay lại sửa" fills the form again without asking to confirm', () => {
    const back = readConfirmStep({ sua: 'tu-choi', 'ly-do': 'Thiếu nguồn' }, NOW);
    expect(back).toMatchObject({ kind: null, form: 'tu-choi', reason: 'Thiếu nguồn', errors: {} });
  });

  it('a repeated or forged parameter is ignored', () => {
    const step = readConfirmStep({ 'xac-nhan': ['phe-duyet', 'go-bai'], v: 'abc' }, NOW);
    expect(step).toMatchObject({ kind: null, version: null });
  });
});
