import { type Browser, expect, type Page } from '@playwright/test';
import { jpegWithExif } from '../../helpers/images';
import { APPROVER, confirmAction, EDITOR, login, newPersonPage } from './staff';

export const COVER_CATEGORY = 'Truyền thông Chính sách';

/** A new draft with an uploaded cover, saved by the signed-in editor; returns its staff path. */
export async function draftWithCover(page: Page, title: string, alt: string): Promise<string> {
  await page.goto('/quan-tri/bai-viet/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sa-pô').fill('Sa-pô của bài kiểm thử ảnh.');
  await page.getByLabel('Nội dung', { exact: true }).fill('Nội dung của bài kiểm thử ảnh.');
  await page.getByLabel('Chuyên mục').selectOption({ label: COVER_CATEGORY });
  await page
    .getByLabel('Tải ảnh lên')
    .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif() });
  await page.getByLabel('Mô tả ảnh').fill(alt);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/[^/?]+\?da=tao-moi$/);
  return new URL(page.url()).pathname;
}

/**
 * An article with a cover, published the way staff do it: the editor
 * drafts and submits, an approver reads it back and approves.
 */
export async function publishWithCover(
  browser: Browser,
  baseURL: string | undefined,
  title: string,
  alt: string,
): Promise<string> {
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  const articlePath = await draftWithCover(editor, title, alt);
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);
  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(articlePath);
  await approver.getByRole('button', { name: 'Xem lại và phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet$/);
  await editor.context().close();
  await approver.context().close();
  return articlePath;
}

/** Gỡ bài by an approver, with its read-back, so the category's lists are as the seed made them. */
export async function takeDown(
  browser: Browser,
  baseURL: string | undefined,
  articlePath: string,
): Promise<void> {
  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(articlePath);
  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill('Bài kiểm thử đã xong.');
  await panel.getByRole('button', { name: 'Xem lại và gỡ bài' }).click();
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai$/);
  await approver.context().close();
}
