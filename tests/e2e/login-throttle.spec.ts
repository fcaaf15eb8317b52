import { expect, test } from '@playwright/test';
import { LOGIN_FAILED_MESSAGE } from '../../lib/auth/schema';

// Five wrong passwords for one account, posted straight to next-auth's
// credentials endpoint as a script would: the sixth answer is HTTP 429, and
// the login form then says exactly what it says for any wrong password.

test('the credentials endpoint answers 429 past the limit; the form reveals nothing more', async ({
  request,
  page,
}) => {
  const email = `khong-ton-tai-${Date.now().toString(36)}@example.gov.vn`;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const post = () =>
    request.post('/api/auth/callback/credentials', {
      form: { email, password: 'sai-mat-khau', csrfToken },
      maxRedirects: 0,
    });
  for (let i = 0; i < 5; i += 1) expect((await post()).status()).toBe(302);
  const refused = await post();
  expect(refused.status()).toBe(429);
  expect(refused.headers()['retry-after']).toBe('900');
  expect(await refused.text()).toBe(LOGIN_FAILED_MESSAGE);

  for (const who of [email, `ai-do-${Date.now().toString(36)}@example.gov.vn`]) {
    await page.goto('/dang-nhap');
    await page.getByLabel('Email').fill(who);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText(LOGIN_FAILED_MESSAGE)).toBeVisible();
  }
});
