import { expect, test } from '@playwright/test';
import { SAMPLE_NGHI_DINH } from '../helpers/sample-draft';
import { expectHydrated } from './support/page-checks';
import { submitNewDraft } from './support/consultation';
import { APPROVER, EDITOR, login, newPersonPage } from './support/staff';

// A consultation as staff make it and a citizen reads it: an editor pastes
// a draft and sends it for approval, cannot approve it, another person
// approves it, and a citizen finds it among the open consultations and
// follows the anchor of one Khoản to exactly that text.

test('an editor pastes a draft and submits it, an approver approves, a citizen reads unit by unit', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const title = `Dự thảo kiểm thử ${suffix}`;
  const publicPath = `/du-thao/du-thao-kiem-thu-${suffix}`;

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  const staffPath = await submitNewDraft(editor, {
    title,
    summary: 'Tóm tắt dự thảo kiểm thử.',
    text: SAMPLE_NGHI_DINH,
  });
  await expect(editor.getByRole('region', { name: /Cấu trúc dự thảo/ })).toContainText(
    '#dieu-2-khoan-1',
  );
  await expect(editor.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);

  const citizen = await newPersonPage(browser, baseURL);
  expect((await citizen.goto(publicPath))?.status()).toBe(404);

  const approver = await newPersonPage(browser, baseURL);
  await login(approver, APPROVER);
  await approver.goto(staffPath);
  await expectHydrated(approver);
  // The approver reads the whole text before signing it off.
  await expect(approver.getByRole('region', { name: 'Xem trước toàn văn' })).toContainText(
    'Cơ quan, tổ chức, cá nhân tham gia góp ý dự thảo.',
  );
  await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await expect(approver).toHaveURL(/\?da=approved$/);

  await citizen.goto('/du-thao');
  const open = citizen.getByRole('region', { name: /Đang lấy ý kiến/ });
  await open.getByRole('link', { name: title }).click();
  await expect(citizen).toHaveURL(new RegExp(`${publicPath}$`));
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
  const link = citizen.getByRole('link', { name: 'Liên kết đến khoản 1 Điều 2' });
  await link.click();
  await expect(citizen).toHaveURL(new RegExp(`${publicPath}#dieu-2-khoan-1$`));
  const target = citizen.locator(':target');
  await expect(target).toHaveAttribute('id', 'dieu-2-khoan-1');
  await expect(target).toContainText(
    'Cơ quan, tổ chức chủ trì soạn thảo văn bản quy phạm pháp luật.',
  );
  await expect(target).not.toContainText('tham gia góp ý');
});
