import { type APIRequestContext, expect, test } from '@playwright/test';
import sharp from 'sharp';
import { draftWithCover } from './support/cover';
import { snap } from './support/page-checks';
import {
  APPROVER,
  confirmAction,
  EDITOR,
  login,
  newPersonPage,
  uniqueArticle,
} from './support/staff';

// A cover image follows its article's publication: staff see it in the
// draft, the public only once the article is published, and no longer once
// it is taken down. Read with real session cookies, as browsers send them.

const ALT = 'Ảnh kiểm thử: ảnh theo trạng thái xuất bản';

async function status(request: APIRequestContext, src: string): Promise<number> {
  return (await request.get(src, { maxRedirects: 0 })).status();
}

test('a cover is for staff while a draft, public once published, gone after Gỡ bài', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { title, path: publicPath } = uniqueArticle(
    'Tin kiểm thử ảnh theo xuất bản',
    'tin-kiem-thu-anh-theo-xuat-ban',
  );
  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  const articlePath = await draftWithCover(editor, title, ALT);

  // The editor's own thumbnail loads (the session cookie goes with it).
  const thumbnail = editor.getByRole('img', { name: ALT });
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(120);
  const src = (await thumbnail.getAttribute('src')) ?? '';
  expect(src).toMatch(/^\/media\/uploads\//);
  const forStaff = await editor.request.get(src);
  expect(forStaff.status()).toBe(200);
  expect(forStaff.headers()['cache-control']).toBe('private, no-store');
  // What was stored carries no EXIF (GPS, camera serial, author).
  expect((await sharp(await forStaff.body()).metadata()).exif).toBeUndefined();

  const citizen = (await browser.newContext({ baseURL })).request;
  expect(await status(citizen, src)).toBe(404);

  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor).toHaveURL(/\?da=gui-duyet$/);
  expect(await status(citizen, src)).toBe(404);

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(articlePath);
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await confirmAction(approver, 'Phê duyệt');
  await expect(approver).toHaveURL(/\?da=phe-duyet$/);

  const published = await citizen.get(src);
  expect(published.status()).toBe(200);
  expect(published.headers()['cache-control']).toBe('public, no-cache');
  const etag = published.headers().etag ?? '';
  expect(etag).not.toBe('');
  const reader = await newPersonPage(browser, baseURL);
  await reader.goto(publicPath);
  const cover = reader.getByRole('img', { name: ALT });
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  await snap(reader, 'media-01-published-cover');

  const panel = approver.getByRole('region', { name: 'Gỡ bài' });
  await panel.getByLabel('Lý do').fill('Ảnh bìa cần được thay.');
  await panel.getByRole('button', { name: 'Gỡ bài' }).click();
  await confirmAction(approver, 'Gỡ bài');
  await expect(approver).toHaveURL(/\?da=go-bai$/);

  // A cache revalidating the copy it kept is refused too.
  expect(await status(citizen, src)).toBe(404);
  const revalidated = await citizen.get(src, { headers: { 'If-None-Match': etag } });
  expect(revalidated.status()).toBe(404);
  expect(await status(editor.request, src)).toBe(200);
});
