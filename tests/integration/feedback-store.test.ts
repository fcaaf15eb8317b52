import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { EMAIL_BURST, EMAIL_DAY } from '../../lib/feedback/limits';
import { submitFeedback } from '../../lib/feedback/submit';
import { commentAccepted } from '../helpers/comments';
import { publishedConsultation } from '../helpers/consultations';
import { feedbackForm, submitAccepted } from '../helpers/feedback';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';
import { castEachTest } from '../helpers/integration';

// The store is one statement, feedback_store() in the database: these check
// the rules it applies that the submission tests do not reach.

const c = castEachTest();
const SLUG = 'bai-luu-mot-lan';

async function article() {
  const category = await createCategory();
  return (await createPublishedArticle({ category, slug: SLUG })).article;
}

const groupOf = async (id: string) =>
  (await db().feedback.findUniqueOrThrow({ where: { id } })).groupId;

describe('feedback_store()', () => {
  it('stores the instant of the request as UTC, consent at the same instant', async () => {
    await article();
    const now = new Date('2026-12-07T16:59:59.123Z'); // 23:59 in Vietnam
    const result = await submitFeedback(SLUG, feedbackForm(), { ip: null, now });
    expect(result.status).toBe('accepted');
    const [row] = await db().feedback.findMany();
    expect(row?.createdAt.toISOString()).toBe(now.toISOString());
    expect(row?.consentAt.toISOString()).toBe(now.toISOString());
  });

  it(`one person gets ${EMAIL_DAY.max} a day, even spread over many 10-minute windows`, async () => {
    await article();
    const email = 'ca-ngay@example.vn';
    const start = Date.now();
    const at = (minutes: number) => ({ ip: null, now: new Date(start + minutes * 60_000) });
    const rounds = EMAIL_DAY.max / EMAIL_BURST.max;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < EMAIL_BURST.max; i++) {
        const body = `Vòng ${round}, ý kiến ${i}: nội dung riêng số ${round * 97 + i * 13}.`;
        await submitAccepted(SLUG, { email, body }, at(round * 11));
      }
    }
    const more = await submitFeedback(SLUG, feedbackForm({ email }), at(rounds * 11));
    expect(more).toEqual({ status: 'limited', by: 'email' });
    expect(await db().feedback.count()).toBe(EMAIL_DAY.max);
    // A day after the first, the first round no longer counts.
    const nextDay = await submitFeedback(SLUG, feedbackForm({ email }), at(24 * 60 + 1));
    expect(nextDay.status).toBe('accepted');
  });

  it('a withdrawn item is not joined: the copy starts alone', async () => {
    await article();
    const text = 'Đề nghị công khai danh sách dự án chậm tiến độ trong năm 2026 của Bộ.';
    const first = await submitAccepted(SLUG, { body: text });
    await db().feedback.update({ where: { id: first.id }, data: { state: 'WITHDRAWN' } });
    const copy = await submitAccepted(SLUG, { body: text });
    expect(await groupOf(copy.id)).toBeNull();
    expect(await groupOf(first.id)).toBeNull();
  });

  it('comment copies group on the same unit and stance only', async () => {
    const v = await publishedConsultation(c.editor, c.approver);
    const body = 'Đề nghị bỏ quy định nộp bản sao có chứng thực khi đã có dữ liệu điện tử.';
    const first = await commentAccepted(v.slug, { body, unit: 'dieu-4', stance: 'dong-tinh' });
    const same = await commentAccepted(v.slug, { body, unit: 'dieu-4', stance: 'dong-tinh' });
    const against = await commentAccepted(v.slug, {
      body,
      unit: 'dieu-4',
      stance: 'khong-dong-tinh',
    });
    const whole = await commentAccepted(v.slug, { body, stance: 'dong-tinh' });
    const wholeCopy = await commentAccepted(v.slug, { body, stance: 'dong-tinh' });
    expect(await groupOf(first.id)).toBe(first.id);
    expect(await groupOf(same.id)).toBe(first.id);
    expect(await groupOf(against.id)).toBeNull();
    expect(await groupOf(whole.id)).toBe(whole.id);
    expect(await groupOf(wholeCopy.id)).toBe(whole.id);
  });

  it('people sending the same text at once are all stored, in one group', async () => {
    await article();
    const body = 'Đề nghị kéo dài thời hạn lấy ý kiến dự thảo thêm 30 ngày cho doanh nghiệp.';
    const first = await submitAccepted(SLUG, { body });
    const copies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        submitAccepted(SLUG, { body, email: `cung-luc-${i}@example.vn` }),
      ),
    );
    for (const copy of copies) expect(await groupOf(copy.id)).toBe(first.id);
    expect(await db().feedback.count({ where: { groupId: first.id } })).toBe(9);
  });
});
