import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { query } from './support/db';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, EDITOR, newPersonPage, login } from './support/staff';

// The disposition register from the editor's drafting to the public page:
// nothing public before the approval, then the register page (axe at a
// desktop and a phone width), the printable table and the CSV.

const SAMPLE =
  'mau-du-thao-thong-tu-huong-dan-dang-tai-thong-tin-chinh-sach-tren-cong-thong-tin-dien-tu';
const REGISTER = `/du-thao/${SAMPLE}/tiep-thu-giai-trinh`;
const ACCEPTED = 'Tiếp thu: đã bổ sung thời hạn trả lời góp ý vào dự thảo.';
const REASON = 'Giải trình: thời hạn 20 ngày đã theo quy định của luật, không thể rút ngắn.';

/** Two published comments on the sample (one on its first Điều, one on the whole draft), its window closed. */
async function arrange(): Promise<string> {
  const [live] = await query<{ cid: string; vid: string; uid: string }>(
    `SELECT c.id AS cid, v.id AS vid, u.id AS uid FROM "Consultation" c
     JOIN "ConsultationVersion" v ON v.id = c."liveVersionId"
     JOIN "DraftUnit" u ON u."versionId" = v.id AND u.kind = 'dieu'
     WHERE c.slug = $1 ORDER BY u.position LIMIT 1`,
    [SAMPLE],
  );
  if (!live) throw new Error('no sample consultation');
  const insert = `INSERT INTO "Feedback" (id, "consultationId", "versionId", "unitId", stance, "commenterType",
      kind, state, name, body, "consentAt", "consentVersion", "publishedAt", "updatedAt")
    VALUES ($1, $2, $3, $4, $5, 'INDIVIDUAL', 'SUGGESTION', 'PUBLISHED', $6, $7, now(), 'e2e', now(), now())`;
  await query(insert, [
    randomUUID(),
    live.cid,
    live.vid,
    live.uid,
    'OTHER',
    'Lê Văn Góp',
    'Đề nghị nêu rõ thời hạn trả lời góp ý.',
  ]);
  await query(insert, [
    randomUUID(),
    live.cid,
    live.vid,
    null,
    'DISAGREE',
    'Trần Thị Mẫu',
    'Đề nghị rút ngắn thời gian lấy ý kiến xuống 10 ngày.',
  ]);
  await query(
    `UPDATE "ConsultationVersion" SET "opensAt" = now() - interval '40 days', "closesAt" = now() - interval '1 day' WHERE id = $1`,
    [live.vid],
  );
  return live.cid;
}

async function answer(page: Page, n: number, outcome: string, text: string, saves: number) {
  const form = page.getByRole('form', { name: `Tiếp thu, giải trình ý kiến số ${n}` });
  await form.getByLabel('Kết quả').selectOption({ label: outcome });
  await form.getByLabel('Nội dung tiếp thu, giải trình').fill(text);
  await form.getByRole('button', { name: 'Lưu' }).click();
  // Each save bumps the register's version (1 when the first creates it): wait for the page to show it.
  const version = page.getByRole('form', { name: 'Gửi duyệt' }).locator('input[name="version"]');
  await expect(version).toHaveValue(String(saves));
}

/**
 * Answers every published comment on the screen: the two this spec made by
 * their text, any other (an earlier spec's, on the same sample) as taken in.
 */
async function answerAll(page: Page): Promise<number> {
  const forms = page.getByRole('form', { name: /^Tiếp thu, giải trình ý kiến số \d+$/ });
  const total = await forms.count();
  for (let n = 1; n <= total; n++) {
    const card = page
      .getByRole('form', { name: `Tiếp thu, giải trình ý kiến số ${n}` })
      .locator('xpath=..');
    const said = (await card.textContent()) ?? '';
    if (said.includes('Lê Văn Góp')) await answer(page, n, 'Tiếp thu', ACCEPTED, n);
    else if (said.includes('Trần Thị Mẫu')) await answer(page, n, 'Giải trình', REASON, n);
    else await answer(page, n, 'Tiếp thu', 'Tiếp thu: đã xem xét trong dự thảo lần sau.', n);
  }
  expect(total).toBeGreaterThanOrEqual(2);
  return total;
}

async function noAxeViolation(page: Page, width: number) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test('an editor drafts, another person approves, then every reader sees each answer', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const consultationId = await arrange();
  expect((await request.get(REGISTER)).status()).toBe(404);
  expect((await request.get(`${REGISTER}/bang-tong-hop.csv`)).status()).toBe(404);

  await login(page, EDITOR);
  await page.goto(`/quan-tri/du-thao/${consultationId}/tiep-thu-giai-trinh`);
  const answered = await answerAll(page);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi duyệt' })).toBeVisible();
  // The editor may not approve; nothing is public while it waits.
  await expect(page.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  expect((await request.get(REGISTER)).status()).toBe(404);

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(`/quan-tri/du-thao/${consultationId}/tiep-thu-giai-trinh`);
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(approver.getByRole('status').filter({ hasText: 'đã công bố' })).toBeVisible();

  const reader = await newPersonPage(browser, baseURL);
  const problems = watchConsole(reader);
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await reader.setViewportSize(viewport);
    const response = await reader.goto(REGISTER);
    expect(response?.status()).toBe(200);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
      'Tiếp thu, giải trình ý kiến góp ý',
    );
    const rows = reader
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: 'góp ý trên dự thảo lần' });
    await expect(rows).toHaveCount(answered);
    await expect(rows.filter({ hasText: 'Toàn bộ dự thảo' })).toContainText('Giải trình');
    await expect(rows.filter({ hasText: 'Toàn bộ dự thảo' })).toContainText(REASON);
    await expect(rows.filter({ hasText: 'Điều 1' })).toContainText(ACCEPTED);
    await expect(reader.getByText('Trần Thị Mẫu (Cá nhân)')).toBeVisible();
    await noAxeViolation(reader, viewport.width);
    await snap(reader, `register-${viewport.width}`);
  }

  await reader.goto(`${REGISTER}/ban-in`);
  const headers = await reader.getByRole('columnheader').allInnerTexts();
  expect(headers).toEqual([
    'STT',
    'Điều khoản',
    'Nội dung góp ý',
    'Đơn vị/cá nhân góp ý',
    'Ý kiến tiếp thu, giải trình',
  ]);
  await expect(reader.getByRole('row')).toHaveCount(answered + 1);
  await snap(reader, 'register-print');

  const csv = await request.get(`${REGISTER}/bang-tong-hop.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = await csv.text();
  expect(text).toContain(REASON);
  expect(text).toContain('"Giải trình"');

  await reader.goto(`/du-thao/${SAMPLE}`);
  // Each published comment shows its answer and the register row that holds it.
  const gop = reader.locator('li').filter({ hasText: 'Lê Văn Góp' });
  await expect(gop).toContainText('Trả lời của Bộ: Tiếp thu.');
  const mau = reader.locator('li').filter({ hasText: 'Trần Thị Mẫu' });
  await expect(mau).toContainText('Trả lời của Bộ: Giải trình.');
  expect(
    await mau.locator('a', { hasText: 'trong bảng tiếp thu, giải trình' }).getAttribute('href'),
  ).toMatch(new RegExp(`^${REGISTER}#y-kien-\\d+$`));
  await reader.getByRole('link', { name: 'Xem bảng tiếp thu, giải trình' }).click();
  await expect(reader).toHaveURL(new RegExp(`${REGISTER}$`));
  expect(problems).toEqual([]);
});
