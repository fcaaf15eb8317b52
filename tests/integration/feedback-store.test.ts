import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { NEAR_IDENTICAL } from '../../lib/feedback/grouping';
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

/** The load test's texts: differing only in their numbers, they sit near the threshold. */
const template = (n: number) =>
  `Ý kiến thử tải số ${n}: đề nghị làm rõ lộ trình áp dụng cho doanh nghiệp ${n * 7919}.`;

/** pg_trgm's own similarity of the two folded texts, what grouping must reproduce. */
async function trigramSimilarity(a: string, b: string): Promise<number> {
  const [row] = await db().$queryRaw<{ s: number }[]>`
    SELECT similarity(search_fold(left(${a}, 500)), search_fold(left(${b}, 500))) AS s`;
  return row?.s ?? Number.NaN;
}

/** Two items on an article of their own: the second's group, and the first's id. */
async function pairOnOwnArticle(slug: string, first: string, second: string) {
  const category = await createCategory();
  await createPublishedArticle({ category, slug });
  const a = await submitAccepted(slug, { body: first });
  const b = await submitAccepted(slug, { body: second });
  return { joined: await groupOf(b.id), first: a.id };
}

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
    expect(more).toMatchObject({ status: 'limited', by: 'email' });
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

  // Grouping counts shared trigrams from each item's stored set instead of
  // calling similarity(): the threshold must fall exactly where pg_trgm's does.
  it(`joins from a similarity of exactly ${NEAR_IDENTICAL}, not just below it`, async () => {
    const [at, below] = [
      [template(10), template(210)],
      [template(1), template(201)],
    ] as const;
    expect(await trigramSimilarity(...at)).toBe(NEAR_IDENTICAL);
    const justBelow = await trigramSimilarity(...below);
    expect(justBelow).toBeLessThan(NEAR_IDENTICAL);
    expect(justBelow).toBeGreaterThan(0.79);

    const joined = await pairOnOwnArticle('bai-nguong-bang', ...at);
    expect(joined.joined).toBe(joined.first);
    const apart = await pairOnOwnArticle('bai-nguong-duoi', ...below);
    expect(apart.joined).toBeNull();
  });

  it('compares the first 500 characters, folded: case, diacritics and the tail do not matter', async () => {
    const head = 'Đề nghị Bộ công khai danh sách dự án chậm tiến độ và lý do. '
      .repeat(9)
      .slice(0, 500);
    const long = await pairOnOwnArticle(
      'bai-dai',
      `${head} Phần cuối thứ nhất, hoàn toàn khác.`,
      `${head} Một đoạn kết khác hẳn, dài hơn nhiều, về chuyện khác.`,
    );
    expect(long.joined).toBe(long.first);
    const folded = await pairOnOwnArticle(
      'bai-dau',
      'Đề nghị Bộ công khai danh sách các dự án chậm tiến độ trong năm 2026.',
      'ĐỀ NGHỊ BỘ CÔNG KHAI danh sach cac du an cham tien do trong nam 2026.',
    );
    expect(folded.joined).toBe(folded.first);
  });
});
