import { expect, test } from '@playwright/test';
import { snap } from './support/page-checks';
import { confirmAction, login, OTHER_APPROVER, OTHER_EDITOR, unique } from './support/staff';

const CATEGORY = 'Truyền thông Chính sách';

test('in an English browser the schedule is still typed and shown dd/mm/yyyy, the file picker speaks Vietnamese', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const english = () =>
    browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'America/New_York' });
  const editorContext = await english();
  const editor = await editorContext.newPage();
  await login(editor, OTHER_EDITOR);
  await editor.goto('/quan-tri/bai-viet/moi');
  await expect(editor.getByText('Chọn ảnh…')).toBeVisible();
  await expect(editor.getByText('Chưa chọn tệp nào.')).toBeVisible();
  await editor.getByLabel('Tải ảnh lên').setInputFiles({
    name: 'anh-hoi-nghi.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not read until saved'),
  });
  await expect(editor.getByText('Đã chọn: anh-hoi-nghi.png')).toBeVisible();
  await snap(editor, 'locale-en-file-picker');
  await editor.getByLabel('Tải ảnh lên').setInputFiles([]);
  const title = unique('Tin hẹn giờ trình duyệt tiếng Anh');
  await editor.getByLabel('Tiêu đề').fill(title);
  await editor.getByLabel('Sa-pô').fill('Sa-pô của bài hẹn giờ.');
  await editor.getByLabel('Nội dung', { exact: true }).fill('Nội dung.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: CATEGORY });
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=gui-duyet$/);
  const articlePath = new URL(editor.url()).pathname;
  await editorContext.close();

  const approverContext = await english();
  const approver = await approverContext.newPage();
  await login(approver, OTHER_APPROVER);
  await approver.goto(articlePath);
  const field = approver.getByLabel('Thời gian xuất bản');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy HH:mm');
  // Month first, as an English browser would suggest: refused, nothing approved.
  const year = new Date().getUTCFullYear() + 1;
  await field.fill(`04/30/${year} 09:05`);
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(approver.getByText(/Thời gian xuất bản không hợp lệ/).first()).toBeVisible();
  await expect(approver.getByLabel('Thời gian xuất bản')).toHaveAttribute('aria-invalid', 'true');
  // 3 April, not 4 March.
  await approver.getByLabel('Thời gian xuất bản').fill(`03/04/${year} 09:05`);
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=hen-gio$/);
  await expect(approver.getByText(`Đã hẹn giờ xuất bản lúc 03/04/${year} 09:05`)).toBeVisible();
  await snap(approver, 'locale-en-scheduled');
  await approverContext.close();
});
