import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { articleId, query } from './support/db';
import { pollUntil } from './support/poll';

// The link a person gets by email, with JavaScript off: opening it changes
// nothing; its buttons confirm the address, or withdraw the feedback, which
// then leaves the article page at once (its cache tags are expired).

const SLUG = 'tin-kiem-thu-phan-trang-so-8';

test.use({ javaScriptEnabled: false });

test('the emailed link confirms the email, then withdraws the feedback from the page', async ({
  page,
}) => {
  const token = randomBytes(24).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest('base64url');
  await query(
    `INSERT INTO "Feedback" (id, "articleId", kind, state, name, body, email, "tokenHash",
       "consentAt", "consentVersion", "publishedAt", "updatedAt")
     VALUES ('e2e-link-1', $1, 'SUGGESTION', 'PUBLISHED', 'Đỗ Minh', 'Ý kiến sẽ được rút lại',
       'do.minh@example.vn', $2, now(), 'e2e', now(), now())`,
    [await articleId(SLUG), tokenHash],
  );
  await page.goto(`/tin-tuc/${SLUG}`);
  await expect(page.getByRole('region', { name: 'Ý kiến bạn đọc' })).toContainText(
    'Ý kiến sẽ được rút lại',
  );

  await page.goto(`/y-kien/xac-nhan?t=${token}`);
  await expect(page.getByText('Ý kiến này đã được đăng trên trang bài viết.')).toBeVisible();
  const verified = () =>
    query<{ verifiedAt: Date | null }>(
      `SELECT "verifiedAt" FROM "Feedback" WHERE id = 'e2e-link-1'`,
    );
  expect((await verified())[0]?.verifiedAt).toBeNull();
  await page.getByRole('button', { name: 'Xác nhận email' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã xác nhận email');
  expect((await verified())[0]?.verifiedAt).not.toBeNull();

  await page.goto(`/y-kien/xac-nhan?t=${token}`);
  await page.getByRole('button', { name: 'Rút lại ý kiến và xoá dữ liệu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã rút lại ý kiến');
  const [row] = await query<{ state: string; body: string; email: string | null }>(
    `SELECT state, body, email FROM "Feedback" WHERE id = 'e2e-link-1'`,
  );
  expect(row).toEqual({ state: 'WITHDRAWN', body: '', email: null });
  const gone = await pollUntil(
    async () => {
      const html = await (await page.request.get(`/tin-tuc/${SLUG}`)).text();
      return !html.includes('Ý kiến sẽ được rút lại');
    },
    Date.now(),
    2_000,
    100,
  );
  expect(gone).not.toBeNull();
  const again = await page.goto(`/y-kien/xac-nhan?t=${token}`);
  expect(again?.status()).toBe(404);
});
