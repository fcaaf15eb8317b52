import { expect, test } from '@playwright/test';
import { articleId, query } from './support/db';

// Published feedback as the public sees it, on a page rendered after the
// items were arranged (one of the harness's filler articles, read by no
// other test). JavaScript is on here, so an injected script would run.

const SLUG = 'tin-kiem-thu-phan-trang-so-7';
const VECTORS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3">',
  'javascript:window.__xss=4',
];

async function addFeedback(row: {
  id: string;
  name: string;
  body: string;
  state: string;
  anonymous?: boolean;
  minutesAgo: number;
}) {
  await query(
    `INSERT INTO "Feedback" (id, "articleId", kind, state, name, anonymous, body, "consentAt",
       "consentVersion", "publishedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, 'QUESTION', $3::"FeedbackState", $4, $5, $6, now(), 'e2e', now(), now() - make_interval(mins => $7), now())`,
    [
      row.id,
      await articleId(SLUG),
      row.state,
      row.name,
      row.anonymous ?? false,
      row.body,
      row.minutesAgo,
    ],
  );
}

test('published feedback shows as text with its counts; nothing else is public', async ({
  page,
}) => {
  await addFeedback({
    id: 'e2e-fb-1',
    minutesAgo: 4,
    name: VECTORS[1] as string,
    body: VECTORS.join('\n'),
    state: 'PUBLISHED',
  });
  await addFeedback({
    id: 'e2e-fb-22',
    minutesAgo: 3,
    name: 'Ẩn danh thật',
    body: 'Xem https://vi-du.example/trang',
    state: 'PUBLISHED',
    anonymous: true,
  });
  await addFeedback({
    id: 'e2e-fb-333',
    minutesAgo: 2,
    name: 'Chờ',
    body: 'CHƯA DUYỆT KHÔNG ĐƯỢC HIỆN',
    state: 'PENDING',
  });
  await addFeedback({
    id: 'e2e-fb-4444',
    minutesAgo: 1,
    name: 'Từ chối',
    body: 'ĐÃ TỪ CHỐI KHÔNG ĐƯỢC HIỆN',
    state: 'REJECTED',
  });
  await query(
    `INSERT INTO "FeedbackAnswer" (id, "feedbackId", state, body, "authorId", "publishedAt", "updatedAt")
     SELECT 'e2e-ans-1', 'e2e-fb-1', 'PUBLISHED', 'Bộ trả lời: <i>không</i> phải HTML', id, now(), now()
     FROM "User" WHERE role = 'EDITOR' LIMIT 1`,
  );

  await page.goto(`/tin-tuc/${SLUG}`);
  const section = page.getByRole('region', { name: 'Ý kiến bạn đọc' });
  await expect(section).toContainText('2 ý kiến, 0 đã xác thực email.');
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(VECTORS[0] as string);
  await expect(items.nth(0)).toContainText(VECTORS[2] as string);
  await expect(items.nth(0)).toContainText('Trả lời của Bộ');
  await expect(items.nth(0)).toContainText('Bộ trả lời: <i>không</i> phải HTML');
  await expect(items.nth(1)).toContainText('Bạn đọc');
  await expect(items.nth(1)).not.toContainText('Ẩn danh thật');
  await expect(section.locator('script, img, svg, i, a')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(section).not.toContainText('KHÔNG ĐƯỢC HIỆN');
  expect(await page.content()).not.toContain('KHÔNG ĐƯỢC HIỆN');
});
