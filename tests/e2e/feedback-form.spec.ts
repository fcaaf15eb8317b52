import { expect, type Page, test } from '@playwright/test';
import { query } from './support/db';
import { expectNoAxeViolation, snap } from './support/page-checks';

// A citizen's side of readers' feedback, with JavaScript off: the cached
// plain-HTML article page, its "Gửi ý kiến" form, and the pages its route
// answers with. Publishing belongs to the moderators' screens; here a
// published item is arranged in the database.

const ARTICLE = '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

test.use({ javaScriptEnabled: false });

async function fillForm(page: Page, fields: { name: string; email: string; body: string }) {
  const form = page.getByRole('form', { name: 'Gửi ý kiến' });
  await form.getByLabel('Họ và tên').fill(fields.name);
  await form.getByLabel('Email', { exact: true }).fill(fields.email);
  await form.getByRole('radio', { name: 'Câu hỏi' }).check();
  await form.getByLabel('Ý kiến', { exact: true }).fill(fields.body);
  await form.getByRole('checkbox', { name: /Đồng ý xử lý dữ liệu cá nhân/ }).check();
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
}

test('with JavaScript off, feedback is sent, shown back as awaiting moderation, and not public', async ({
  page,
}) => {
  const body = 'Câu hỏi <b>đậm</b> & "ngoặc"\nDòng hai: https://example.com/xem';
  await page.goto(ARTICLE);
  const section = page.getByRole('region', { name: 'Ý kiến bạn đọc' });
  await expect(section).toContainText('Chưa có ý kiến nào được đăng.');
  await fillForm(page, { name: 'Nguyễn Thị Hoa', email: 'hoa.e2e@example.vn', body });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cảm ơn bạn, Cổng đã nhận ý kiến',
  );
  await expect(page.getByText(/Ý kiến đang chờ kiểm duyệt/)).toBeVisible();
  const echoed = page.locator('blockquote');
  expect(await echoed.textContent()).toBe(body);
  await expect(echoed.locator('b, a')).toHaveCount(0);

  const rows = await query<{ state: string; body: string; kind: string }>(
    'SELECT state, body, kind FROM "Feedback" WHERE email = $1',
    ['hoa.e2e@example.vn'],
  );
  expect(rows).toEqual([{ state: 'PENDING', body, kind: 'QUESTION' }]);
  await page.goto(ARTICLE);
  await expect(page.getByRole('region', { name: 'Ý kiến bạn đọc' })).not.toContainText(
    'Câu hỏi <b>',
  );
});

test('a refused form comes back filled, each error beside its field', async ({ page }) => {
  await page.goto(ARTICLE);
  // Spaces pass the browser's `required`; the server trims them.
  await fillForm(page, {
    name: '   ',
    email: 'giu.lai@example.vn',
    body: 'Nội dung phải được giữ lại.',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ý kiến chưa được gửi');
  const name = page.getByLabel('Họ và tên');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Vui lòng nhập họ và tên.');
  await expect(page.getByLabel('Ý kiến', { exact: true })).toHaveValue(
    'Nội dung phải được giữ lại.',
  );
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('giu.lai@example.vn');
  await expect(page.getByRole('radio', { name: 'Câu hỏi' })).toBeChecked();
  expect(await query('SELECT 1 FROM "Feedback" WHERE email = $1', ['giu.lai@example.vn'])).toEqual(
    [],
  );
});

test('a post from another site is refused and nothing is stored', async ({ request }) => {
  const form = {
    name: 'Giả mạo',
    email: 'gia.mao@example.vn',
    body: 'Gửi từ trang khác',
    kind: 'gop-y',
    consent: 'on',
  };
  const forged = await request.post(`${ARTICLE}/y-kien`, {
    form,
    headers: { Origin: 'https://trang-khac.example' },
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('Gửi từ trang khác');
  // It holds what was typed: no cache may keep it (the public pages' rule matches its path too).
  expect(forged.headers()['cache-control']).toBe('private, no-store, no-transform');
  expect(await query('SELECT 1 FROM "Feedback" WHERE email = $1', ['gia.mao@example.vn'])).toEqual(
    [],
  );
});

// axe runs as a script in the page, so these pages are checked with
// JavaScript on; they are the same plain HTML either way.
test.describe('accessibility', () => {
  test.use({ javaScriptEnabled: true });

  for (const viewport of WIDTHS) {
    test(`feedback section and result pages at ${viewport.width} px: no axe violation`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.goto(ARTICLE);
      await expectNoAxeViolation(page, '#y-kien');
      await snap(page, `feedback-section-${viewport.width}`);
      await fillForm(page, {
        name: 'Trần Văn A11y',
        email: `a11y-${viewport.width}@example.vn`,
        body: 'Kiểm tra khả năng tiếp cận.',
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Cảm ơn bạn, Cổng đã nhận ý kiến',
      );
      await expectNoAxeViolation(page);
      await snap(page, `feedback-accepted-${viewport.width}`);
      await page.goto(ARTICLE);
      await fillForm(page, { name: ' ', email: `a11y-${viewport.width}@example.vn`, body: 'Lỗi.' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ý kiến chưa được gửi');
      await expectNoAxeViolation(page);
      await snap(page, `feedback-invalid-${viewport.width}`);
    });
  }
});
