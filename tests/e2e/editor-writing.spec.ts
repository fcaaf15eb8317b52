import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { snap } from './support/page-checks';
import { editorTest, fillArticle } from './support/editor';
import { unique } from './support/staff';

// The body editor as a Vietnamese writer uses it: the site's own font,
// paste from Word, the toolbar by keyboard, "Đọc thêm" chosen by typing.

test.describe.configure({ timeout: 60_000 });

const SEEDED = 'Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số';

async function paste(page: Page, html: string): Promise<void> {
  await page.getByLabel('Nội dung', { exact: true }).evaluate((area, clip) => {
    const data = new DataTransfer();
    data.setData('text/html', clip);
    data.setData('text/plain', 'chữ thường');
    area.focus();
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
}

editorTest(
  'pasting from Word gives clean Markdown, in a proportional font, previewed as the public renders it',
  async ({ newArticle: page }) => {
    const body = page.getByLabel('Nội dung', { exact: true });
    const font = await body.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/^"?Be Vietnam Pro/);
    expect(font).not.toMatch(/mono/i);

    await paste(page, readFileSync('tests/fixtures/clipboard/word-365.html', 'utf8'));
    await expect(body).toHaveValue(
      /^## Kế hoạch truyền thông năm 2024\n\n## 1\. Mục đích, yêu cầu/,
    );
    const markdown = await body.inputValue();
    expect(markdown).toContain('- Báo chí trung ương và địa phương;\n   - Báo in, báo điện tử;');
    expect(markdown).toContain('| Kênh | Tần suất |\n| --- | --- |\n| Họp báo | Hằng quý |');
    expect(markdown).toContain('**truyền thông chính sách**');
    expect(markdown).not.toMatch(/mso-|MsoNormal|<|file:/);
    const preview = page.getByRole('region', { name: 'Xem trước nội dung' });
    await expect(preview.getByRole('table')).toContainText('Hằng quý');
    await expect(preview.locator('strong', { hasText: 'truyền thông chính sách' })).toBeVisible();
    await expect(page.getByText('Đã dán và chuyển định dạng sang Markdown.')).toBeVisible();
    const words = Number((await page.getByText(/^\d+ từ$/).textContent())?.split(' ')[0]);
    expect(words).toBeGreaterThan(60);
    await snap(page, 'editor-01-pasted-from-word');
  },
);

editorTest(
  'the toolbar works from the keyboard and shows its shortcuts; the shortcuts work in the text',
  async ({ newArticle: page }) => {
    const body = page.getByLabel('Nội dung', { exact: true });
    await body.fill('Đầu tư công');
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 6));
    await page.keyboard.press('Control+B');
    await expect(body).toHaveValue('**Đầu tư** công');

    const toolbar = page.getByRole('toolbar', { name: 'Thanh định dạng' });
    const bold = toolbar.getByRole('button', { name: 'In đậm (Ctrl+B)' });
    await expect(bold).toHaveAttribute('title', 'In đậm (Ctrl+B)');
    // One Tab stop: Shift+Tab from the text reaches the toolbar's current button.
    await body.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar.getByRole('button', { name: 'Đề mục (Ctrl+Alt+2)' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(bold).toBeFocused();
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button', { name: 'Chèn ảnh' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: 'Đề mục (Ctrl+Alt+2)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(body).toHaveValue('## **Đầu tư** công');
    await expect(toolbar.getByRole('button', { name: /^In nghiêng/ })).toHaveAttribute(
      'tabindex',
      '-1',
    );
  },
);

editorTest(
  'title and lead counters, the future address and "Đọc thêm" chosen by keyboard',
  async ({ newArticle: page }) => {
    const title = unique('Tin kiểm thử Đọc thêm');
    await fillArticle(page, { title, lead: 'Sa-pô ngắn.', body: 'Nội dung.' });
    await expect(page.getByText(`${title.length}/300 ký tự.`, { exact: false })).toBeVisible();
    await expect(
      page.getByText(/Địa chỉ công khai: \/tin-tuc\/tin-kiem-thu-doc-them-/),
    ).toBeVisible();
    await expect(page.getByText('11/1000 ký tự.')).toBeVisible();

    const combo = page.getByRole('combobox', { name: 'Đọc thêm' });
    await combo.focus();
    await page.keyboard.type('bo ke hoach');
    const option = page.getByRole('option', { name: SEEDED });
    await expect(option).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(combo).toHaveAttribute(
      'aria-activedescendant',
      (await option.getAttribute('id')) ?? '',
    );
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('list', { name: 'Đã chọn: Đọc thêm' });
    await expect(chosen).toContainText(SEEDED);
    await expect(combo).toHaveValue('');
    await snap(page, 'editor-02-combobox');

    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\?da=tao-moi$/);
    await expect(page.getByRole('list', { name: 'Đã chọn: Đọc thêm' })).toContainText(SEEDED);
    await page.getByRole('button', { name: `Bỏ chọn ${SEEDED}` }).click();
    await expect(page.getByRole('list', { name: 'Đã chọn: Đọc thêm' })).toHaveCount(0);
  },
);
