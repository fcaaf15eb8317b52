import { expect, test } from '@playwright/test';
import { jpegWithExif } from '../helpers/images';
import { snap } from './support/page-checks';
import { editorTest, fillArticle } from './support/editor';
import { APPROVER, confirmAction, login, newPersonPage, uniqueArticle } from './support/staff';

// A photo inside the body: uploaded with the cover's checks, alt text
// required, shown as a figure with its caption once published, and public
// only from then on.

test.describe.configure({ timeout: 120_000 });

const ALT = 'Toàn cảnh buổi họp báo quý III';

editorTest(
  'an inline photo needs alt text, becomes a figure, and is public only once published',
  async ({ newArticle: editor, browser, baseURL }) => {
    const { title, path: publicPath } = uniqueArticle(
      'Tin kiểm thử ảnh trong bài',
      'tin-kiem-thu-anh-trong-bai',
    );
    const lead = 'Sa-pô của bài có ảnh trong nội dung.';
    await fillArticle(editor, { title, lead, body: 'Đoạn mở đầu.\n\nĐoạn kết.' });
    const body = editor.getByLabel('Nội dung', { exact: true });
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(13, 13));

    await editor.getByRole('button', { name: 'Chèn ảnh' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Chèn ảnh vào nội dung' });
    await dialog
      .getByLabel('Tệp ảnh')
      .setInputFiles({ name: 'hop-bao.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif() });
    await dialog.getByLabel('Chú thích').fill('Họp báo thường kỳ');
    await dialog.getByLabel('Tác giả ảnh').fill('Minh Anh');
    await dialog.getByRole('button', { name: 'Tải lên và chèn' }).click();
    await expect(
      dialog.getByText('Hãy nhập mô tả ảnh cho người không xem được ảnh.'),
    ).toBeVisible();
    await expect(dialog.getByLabel('Chú thích')).toHaveValue('Họp báo thường kỳ');

    await dialog
      .getByLabel('Tệp ảnh')
      .setInputFiles({ name: 'hop-bao.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif() });
    await dialog.getByLabel('Mô tả ảnh').fill(ALT);
    await dialog.getByRole('button', { name: 'Tải lên và chèn' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(body).toHaveValue(
      /^Đoạn mở đầu\.\n\n!\[Toàn cảnh buổi họp báo quý III\]\(\/media\/uploads\/\d{4}\/[\w-]+\.jpg "Họp báo thường kỳ \(Ảnh: Minh Anh\)"\)\n\nĐoạn kết\.$/,
    );
    const src = /\((\/media\/[^ ]+) /.exec(await body.inputValue())?.[1] ?? '';
    const preview = editor.getByRole('region', { name: 'Xem trước nội dung' });
    await expect(preview.locator('figure figcaption')).toHaveText(
      'Họp báo thường kỳ (Ảnh: Minh Anh)',
    );
    await snap(editor, 'editor-03-inline-photo');

    const citizen = (await browser.newContext({ baseURL })).request;
    expect((await citizen.get(src)).status()).toBe(404);
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(editor).toHaveURL(/\?da=gui-duyet$/);
    const articlePath = new URL(editor.url()).pathname;
    expect((await citizen.get(src)).status()).toBe(404);

    const approver = await newPersonPage(browser, baseURL);
    await login(approver, APPROVER);
    await approver.goto(articlePath);
    await approver.getByRole('button', { name: 'Phê duyệt' }).click();
    await confirmAction(approver, 'Phê duyệt');
    await expect(approver).toHaveURL(/\?da=phe-duyet$/);

    const reader = await newPersonPage(browser, baseURL);
    await reader.goto(publicPath);
    const figure = reader.locator('figure', { has: reader.getByRole('img', { name: ALT }) });
    await expect(figure.locator('figcaption')).toHaveText('Họp báo thường kỳ (Ảnh: Minh Anh)');
    const img = figure.getByRole('img', { name: ALT });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(120);
    const served = await citizen.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()['cache-control']).toBe('public, no-cache');
    await snap(reader, 'editor-04-inline-photo-published');

    // Taken down, the photo leaves the public with its article (and the
    // category's lists are as the other tests expect them).
    const panel = approver.getByRole('region', { name: 'Gỡ bài' });
    await panel.getByLabel('Lý do').fill('Bài kiểm thử ảnh trong nội dung.');
    await panel.getByRole('button', { name: 'Gỡ bài' }).click();
    await confirmAction(approver, 'Gỡ bài');
    await expect(approver).toHaveURL(/\?da=go-bai$/);
    expect((await citizen.get(src)).status()).toBe(404);
    for (const person of [approver, reader]) await person.context().close();
  },
);
