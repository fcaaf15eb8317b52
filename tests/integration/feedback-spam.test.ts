import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { learnSpam, scoreSpam } from '../../lib/spam';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';
import { submitAccepted } from '../helpers/feedback';
import { emptyDatabaseEachTest } from '../helpers/integration';

emptyDatabaseEachTest();

const SPAM = [
  'Khuyến mãi cực sốc, vay tiền nhanh lãi suất 0%, liên hệ zalo 0909 ngay hôm nay',
  'Vay tiền online duyệt nhanh, không cần thế chấp, liên hệ zalo để nhận khuyến mãi',
  'Cá cược bóng đá uy tín, nạp tiền nhận khuyến mãi 100%, liên hệ zalo',
];
const HAM = [
  'Đề nghị Bộ làm rõ thời hạn nộp hồ sơ đăng ký đầu tư cho doanh nghiệp nhỏ và vừa',
  'Tôi muốn hỏi thủ tục cấp giấy chứng nhận đăng ký đầu tư mất bao lâu',
  'Chính sách này cần hướng dẫn cụ thể hơn cho hộ kinh doanh ở nông thôn',
];

describe('the local spam filter', () => {
  it('learns from decisions, in a transaction, and scores new texts by them', async () => {
    expect(await scoreSpam(db(), SPAM[0] as string)).toBe(0.5);
    await db().$transaction(async (tx) => {
      for (const text of SPAM) await learnSpam(tx, text, true);
      for (const text of HAM) await learnSpam(tx, text, false);
    });
    const totals = await db().spamToken.findUniqueOrThrow({ where: { token: '' } });
    expect(totals).toMatchObject({ spamCount: 3, hamCount: 3 });
    const spam = await scoreSpam(db(), 'KHUYEN MAI vay tien nhanh, lien he zalo');
    const ham = await scoreSpam(db(), 'Xin hỏi thủ tục đăng ký đầu tư cho doanh nghiệp');
    expect(spam).toBeGreaterThan(0.9);
    expect(ham).toBeLessThan(0.1);
  });

  it('learning in parallel loses no count', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db().$transaction((tx) => learnSpam(tx, `vay tiền nhanh lần ${i}`, i % 2 === 0)),
      ),
    );
    const row = await db().spamToken.findUniqueOrThrow({ where: { token: 'vay tien' } });
    expect(row).toMatchObject({ spamCount: 6, hamCount: 6 });
  });

  it('a submission is stored with its score, whatever the score: it only sorts the queue', async () => {
    const category = await createCategory();
    await createPublishedArticle({ category, slug: 'bai-diem-spam' });
    await db().$transaction(async (tx) => {
      for (const text of SPAM) await learnSpam(tx, text, true);
      await learnSpam(tx, HAM[0] as string, false);
    });
    const { id } = await submitAccepted('bai-diem-spam', { body: SPAM[1] as string });
    const row = await db().feedback.findUniqueOrThrow({ where: { id } });
    expect(row.state).toBe('PENDING');
    expect(row.spamScore).toBeGreaterThan(0.9);
  });
});
