import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { resetEnvCache } from '../../lib/env';
import { CONSENT_VERSION } from '../../lib/feedback/consent';
import { emailHashOf } from '../../lib/feedback/identity';
import { EMAIL_BURST } from '../../lib/feedback/limits';
import { feedbackInputSchema } from '../../lib/feedback/schema';
import { submitFeedback } from '../../lib/feedback/submit';
import { createCategory, createDraftArticle, createPublishedArticle } from '../helpers/fixtures';
import { feedbackForm, submitAccepted } from '../helpers/feedback';
import { emptyDatabaseEachTest } from '../helpers/integration';

emptyDatabaseEachTest();

async function article(slug = 'bai-co-y-kien') {
  const category = await createCategory();
  return (await createPublishedArticle({ category, slug })).article;
}

const stored = () => db().feedback.findMany({ orderBy: { createdAt: 'asc' } });

describe('submitting feedback', () => {
  it('stores it PENDING, NFC, with consent and hashes, never the address', async () => {
    await article();
    const decomposed = 'Góp ý về thủ tục'.normalize('NFD');
    const ip = '198.51.100.77';
    const result = await submitFeedback(
      'bai-co-y-kien',
      feedbackForm({
        body: `${decomposed}\r\nDòng hai`,
        email: 'An.Nguyen@Example.VN ',
        kind: 'cau-hoi',
      }),
      { ip },
    );
    expect(result.status).toBe('accepted');
    const [row] = await stored();
    expect(row?.state).toBe('PENDING');
    expect(row?.kind).toBe('QUESTION');
    expect(row?.body).toBe('Góp ý về thủ tục\nDòng hai'.normalize('NFC'));
    expect(row?.email).toBe('an.nguyen@example.vn');
    expect(row?.emailHash).toBe(emailHashOf('an.nguyen@example.vn'));
    expect(row?.consentVersion).toBe(CONSENT_VERSION);
    expect(row?.spamScore).toBeTypeOf('number');
    expect(row?.sourceHash).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(ip);
    expect(row?.tokenHash).not.toBe(result.status === 'accepted' ? result.token : '');
  });

  it('keeps markup and script as the text typed (it is rendered as text)', async () => {
    await article();
    const body = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & done';
    await submitAccepted('bai-co-y-kien', { body, name: '<b onmouseover=alert(3)>Tên</b>' });
    const [row] = await stored();
    expect(row?.body).toBe(body);
    expect(row?.name).toBe('<b onmouseover=alert(3)>Tên</b>');
  });

  it('refuses a form without consent, an empty text, a bad email and a text over 3,000 characters', () => {
    const base = {
      name: 'An',
      email: 'an@example.vn',
      body: 'Ý kiến',
      kind: 'gop-y',
      consent: 'on',
    };
    const fails = (over: Record<string, string | undefined>) =>
      feedbackInputSchema.safeParse({ ...base, ...over }).error?.issues.map((i) => i.path[0]);
    expect(fails({})).toBeUndefined();
    expect(fails({ consent: undefined })).toEqual(['consent']);
    expect(fails({ body: '  \n ' })).toEqual(['body']);
    expect(fails({ email: 'khong-phai-email' })).toEqual(['email']);
    expect(fails({ body: 'a'.repeat(3001) })).toEqual(['body']);
    // A browser sends CRLF; 3,000 characters with line breaks still fit.
    expect(fails({ body: 'ab\r\n'.repeat(999) })).toBeUndefined();
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    await article();
    const result = await submitFeedback(
      'bai-co-y-kien',
      feedbackForm({ website: 'http://spam.example' }),
      {
        ip: '198.51.100.1',
      },
    );
    expect(result.status).toBe('trap');
    expect(await stored()).toHaveLength(0);
  });

  it('accepts nothing on a draft, a page, or an article whose feedback is closed or hidden', async () => {
    const category = await createCategory();
    await createDraftArticle({ category, slug: 'ban-nhap' });
    const closed = (await createPublishedArticle({ category, slug: 'da-dong' })).article;
    const hidden = (await createPublishedArticle({ category, slug: 'da-an' })).article;
    await db().article.update({ where: { id: closed.id }, data: { feedbackMode: 'CLOSED' } });
    await db().article.update({ where: { id: hidden.id }, data: { feedbackMode: 'HIDDEN' } });
    const page = (await createPublishedArticle({ category, slug: 'trang-rieng' })).article;
    await db().article.update({ where: { id: page.id }, data: { kind: 'PAGE' } });
    for (const slug of ['ban-nhap', 'da-dong', 'da-an', 'trang-rieng', 'khong-co']) {
      expect((await submitFeedback(slug, feedbackForm(), { ip: null })).status).toBe('closed');
    }
    expect(await stored()).toHaveLength(0);
  });
});

describe('limits', () => {
  afterEach(() => {
    delete process.env.FEEDBACK_ADDRESS_LIMIT;
    resetEnvCache();
  });

  it('one person (email) gets 5 in 10 minutes, even posting all at once', async () => {
    await article();
    const email = 'voi-vang@example.vn';
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        submitFeedback(
          'bai-co-y-kien',
          feedbackForm({ email, body: `Lần ${i}: ý kiến khác nhau ${i * 31}` }),
          {
            ip: `203.0.113.${i + 1}`,
          },
        ),
      ),
    );
    const accepted = results.filter((r) => r.status === 'accepted');
    expect(accepted).toHaveLength(EMAIL_BURST.max);
    expect(results.filter((r) => r.status === 'limited' && r.by === 'email')).toHaveLength(4);
    expect(await stored()).toHaveLength(EMAIL_BURST.max);
    const later = new Date(Date.now() + 11 * 60_000);
    const after = await submitFeedback('bai-co-y-kien', feedbackForm({ email }), {
      ip: null,
      now: later,
    });
    expect(after.status).toBe('accepted');
  });

  it('a whole office behind one NAT address is not shut out', async () => {
    process.env.FEEDBACK_ADDRESS_LIMIT = '4';
    resetEnvCache();
    await article();
    const office = { ip: '192.0.2.10' };
    // A colleague who confirmed an email before (the link in the email).
    await submitAccepted('bai-co-y-kien', { email: 'da-xac-nhan@bo.gov.vn' }, office);
    await db().feedback.updateMany({ data: { verifiedAt: new Date() } });
    for (let i = 0; i < 3; i++)
      await submitAccepted('bai-co-y-kien', { email: `dong-nghiep-${i}@bo.gov.vn` }, office);
    const newcomer = await submitFeedback(
      'bai-co-y-kien',
      feedbackForm({ email: 'moi@bo.gov.vn' }),
      office,
    );
    expect(newcomer).toMatchObject({ status: 'limited', by: 'address' });
    const known = await submitFeedback(
      'bai-co-y-kien',
      feedbackForm({ email: 'da-xac-nhan@bo.gov.vn' }),
      office,
    );
    expect(known.status).toBe('accepted');
    const elsewhere = await submitFeedback(
      'bai-co-y-kien',
      feedbackForm({ email: 'moi@bo.gov.vn' }),
      {
        ip: '192.0.2.99',
      },
    );
    expect(elsewhere.status).toBe('accepted');
  });
});

describe('near-identical texts', () => {
  it('share a group named by the first; a different text stays alone', async () => {
    await article();
    const text =
      'Đề nghị Bộ giảm thời gian cấp phép đầu tư xuống còn 15 ngày làm việc cho doanh nghiệp.';
    const first = await submitAccepted('bai-co-y-kien', { body: text });
    const second = await submitAccepted('bai-co-y-kien', { body: text.toUpperCase() });
    const third = await submitAccepted('bai-co-y-kien', {
      body: 'De nghi Bo giam thoi gian cap phep dau tu xuong con 15 ngay lam viec cho doanh nghiep!!',
    });
    const other = await submitAccepted('bai-co-y-kien', {
      body: 'Tôi hỏi về lịch tiếp công dân tháng tới.',
    });
    const rows = new Map((await stored()).map((r) => [r.id, r.groupId]));
    expect(rows.get(first.id)).toBe(first.id);
    expect(rows.get(second.id)).toBe(first.id);
    expect(rows.get(third.id)).toBe(first.id);
    expect(rows.get(other.id)).toBeNull();
  });
});
