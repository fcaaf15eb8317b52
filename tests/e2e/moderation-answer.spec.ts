import { expect, type Page, test } from '@playwright/test';
import { insertPending, SEEDED_SLUG } from './support/feedback';
import { expectHydrated, snap } from './support/page-checks';
import { served } from './support/poll';
import { APPROVER, EDITOR, login, newPersonPage, OTHER_APPROVER, unique } from './support/staff';

// "Trả lời của Bộ" through the articles' workflow: drafted, submitted, and
// approved only by an approver who neither wrote, edited nor submitted it;
// then a citizen reads it under the question on the article.

const ARTICLE = `/tin-tuc/${SEEDED_SLUG}`;
const answerPanel = (page: Page) => page.getByRole('region', { name: 'Trả lời của Bộ' });

async function openItem(page: Page, id: string) {
  await page.goto(`/quan-tri/y-kien/${id}`);
  await expectHydrated(page);
}

test('drafted by an editor, submitted by an approver who then cannot approve it, approved by another', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(90_000);
  const name = unique('Lê Văn Hỏi');
  const question = unique('Khi nào Bộ ban hành hướng dẫn chi tiết?');
  const answer = unique('Bộ sẽ ban hành hướng dẫn trong quý IV.');
  const id = await insertPending({ name, body: question, kind: 'QUESTION' });

  const editor = await newPersonPage(browser, baseURL);
  await login(editor, EDITOR);
  await openItem(editor, id);
  await editor.getByRole('button', { name: 'Đăng', exact: true }).click();
  await expect(editor.getByText('Đăng: đã xử lý 1 ý kiến.')).toBeVisible();
  await answerPanel(editor).getByLabel('Nội dung trả lời').fill(`${answer} (nháp)`);
  await answerPanel(editor).getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(answerPanel(editor)).toContainText('Bản nháp');
  await expect(answerPanel(editor).getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  await editor.context().close();

  const first = await newPersonPage(browser, baseURL);
  await login(first, APPROVER);
  await openItem(first, id);
  await answerPanel(first).getByLabel('Nội dung trả lời').fill(answer);
  await answerPanel(first).getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(answerPanel(first)).toContainText('Chờ duyệt');
  // Four eyes: the approver who edited and submitted it is offered neither step.
  await expect(answerPanel(first).getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
  await expect(answerPanel(first).getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
  await first.context().close();
  expect((await served(request, ARTICLE)).html).not.toContain(answer);

  const second = await newPersonPage(browser, baseURL);
  await login(second, OTHER_APPROVER);
  await openItem(second, id);
  await answerPanel(second).getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(answerPanel(second)).toContainText('Đang xuất bản');
  await second.context().close();

  const reader = await newPersonPage(browser, baseURL);
  await expect
    .poll(async () => (await served(request, ARTICLE)).html.includes(answer), { timeout: 5_000 })
    .toBe(true);
  await reader.goto(ARTICLE);
  const asked = reader.getByRole('listitem').filter({ hasText: question });
  await expect(asked).toContainText('Trả lời của Bộ');
  await expect(asked).toContainText(answer);
  // For review: the article as a citizen reads it, the question under it with the answer.
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await reader.setViewportSize(viewport);
    await snap(reader, `feedback-answered-${viewport.width}`);
  }
  await reader.context().close();
});
