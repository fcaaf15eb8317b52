import { expect, type Page } from '@playwright/test';
import { expectHydrated } from './page-checks';
import { vietnamTyped } from './staff';

const DAY = 86_400_000;

/**
 * As the signed-in editor on `page`: a new Nghị định draft through
 * /quan-tri/du-thao/moi, open for comment from an hour ago for 30 days, sent
 * for approval. Answers the consultation's staff address.
 */
export async function submitNewDraft(
  page: Page,
  draft: { title: string; summary: string; text: string },
): Promise<string> {
  await page.goto('/quan-tri/du-thao/moi');
  await expectHydrated(page);
  await page.getByLabel('Tên dự thảo').fill(draft.title);
  await page.getByLabel('Loại văn bản').selectOption('nghi-dinh');
  await page.getByLabel('Cơ quan chủ trì soạn thảo').fill('Vụ Pháp chế (kiểm thử)');
  await page.getByLabel('Tóm tắt').fill(draft.summary);
  await page.getByLabel('Thông tin liên hệ').fill('phapche@example.gov.vn');
  await page.getByLabel('Bắt đầu lấy ý kiến').fill(vietnamTyped(new Date(Date.now() - 3_600_000)));
  await page.getByLabel('Kết thúc lấy ý kiến').fill(vietnamTyped(new Date(Date.now() + 30 * DAY)));
  await page.getByLabel('Toàn văn dự thảo').fill(draft.text);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/du-thao\/[^/?]+\?da=submitted$/);
  return new URL(page.url()).pathname;
}
