import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import pg from 'pg';
import { writeDimension, writeViews } from '../../lib/counting/flush.mjs';
import { articleId, databaseUrl } from './support/db';
import { SEEDED_SLUG } from './support/feedback';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, EDITOR, login, newPersonPage, OTHER_EDITOR } from './support/staff';

// The trends dashboard with rollups written by the product's own counting
// functions (lib/counting/flush.mjs, what the serving layer's flush runs):
// twelve weeks of reads of the seeded article with a weekly rhythm and a
// spike two days ago, which detection must flag, and a forecast band drawn
// after the last day. Axe-clean at 1366 and 375 px, as an approver; an
// editor sees their own article and is refused another's.

const DAY_MS = 86_400_000;
const vnDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const TODAY = vnDay(Date.now());
const SPIKE_DAY = vnDay(Date.now() - 2 * DAY_MS);
const FROM = vnDay(Date.now() - 27 * DAY_MS);
const DASHBOARD = `/quan-tri/xu-huong?tu=${FROM}&den=${TODAY}`;

let seeded: Promise<void> | undefined;

async function seed() {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const days: string[] = [];
    const counts: number[] = [];
    for (let back = 84; back >= 0; back--) {
      const day = vnDay(Date.now() - back * DAY_MS);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      days.push(day);
      counts.push(
        day === SPIKE_DAY ? 900 : (weekday === 0 || weekday === 6 ? 60 : 100) + (back % 3) * 4,
      );
    }
    const path = `/tin-tuc/${SEEDED_SLUG}`;
    await writeViews(
      client,
      days,
      days.map(() => path),
      counts,
    );
    await writeDimension(
      client,
      'DeviceDaily',
      days,
      days.map(() => 'mobile'),
      counts,
    );
    await writeDimension(
      client,
      'ReferrerDaily',
      days,
      days.map(() => 'baochinhphu.vn'),
      counts,
    );
  } finally {
    await client.end();
  }
}

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect.soft(violations, label).toEqual([]);
}

test('trends dashboard: a detected spike, a forecast band, CSV, axe 0 at 1366 and 375 px; editors scoped', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  seeded ??= seed();
  await seeded;
  const page = await newPersonPage(browser, baseURL);
  const problems = watchConsole(page);
  await login(page, APPROVER);
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(viewport);
    const response = await page.goto(DASHBOARD);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Xu hướng' })).toBeVisible();
    // The spike is flagged with its reason, and ringed on the chart.
    const alerts = page.getByRole('region', { name: /Tăng bất thường/ });
    await expect(alerts).toContainText(SPIKE_DAY.split('-').reverse().join('/'));
    await expect(alerts).toContainText('900');
    const chart = page.getByRole('img', { name: 'Lượt đọc theo ngày' });
    await expect(chart).toBeVisible();
    expect(await chart.locator('circle').count()).toBeGreaterThan(0);
    // The forecast band: two areas and the mean, 14 days in its table.
    expect(await chart.locator('path[fill="#bfdbfe"]').count()).toBe(1);
    const forecastTable = page.getByRole('region', { name: /Bảng số liệu: Dự báo lượt đọc/ });
    expect(await forecastTable.locator('tbody tr').count()).toBe(14);
    await expect(
      page.getByRole('region', { name: 'Bảng số liệu: Lượt đọc theo ngày' }),
    ).toContainText('900');
    await axe(page, `approver at ${viewport.width} px`);
    const wider = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect.soft(wider, 'nothing wider than the screen').toBeLessThanOrEqual(0);
    await snap(page, `staff-phe-duyet-trends-${viewport.width}`);
  }
  const csv = await page.request.get(
    `/quan-tri/xu-huong/csv?bieu-do=luot-doc&tu=${FROM}&den=${TODAY}`,
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(`${SPIKE_DAY},900`);
  expect(problems).toEqual([]);
  await page.context().close();

  // Not signed in: no CSV.
  const stranger = await newPersonPage(browser, baseURL);
  const refused = await stranger.request.get(`/quan-tri/xu-huong/csv?bieu-do=luot-doc`, {
    maxRedirects: 0,
  });
  expect(refused.status()).not.toBe(200);
  await stranger.context().close();

  const id = await articleId(SEEDED_SLUG);
  const author = await newPersonPage(browser, baseURL);
  await login(author, EDITOR);
  await author.goto(`/quan-tri/xu-huong?bai=${id}&tu=${FROM}&den=${TODAY}`);
  await expect(author.getByText('Số liệu các bài viết do bạn viết hoặc biên tập.')).toBeVisible();
  await expect(
    author.getByRole('region', { name: 'Bảng số liệu: Lượt đọc theo ngày' }),
  ).toContainText('900');
  await author.context().close();

  const other = await newPersonPage(browser, baseURL);
  await login(other, OTHER_EDITOR);
  await other.goto(`/quan-tri/xu-huong?bai=${id}`);
  await expect(other.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
  const otherCsv = await other.request.get(`/quan-tri/xu-huong/csv?bieu-do=luot-doc&bai=${id}`);
  expect(otherCsv.status()).toBe(403);
  await other.goto(DASHBOARD);
  await expect(
    other.getByRole('region', { name: 'Bảng số liệu: Lượt đọc theo ngày' }),
  ).not.toContainText('900');
  await other.context().close();
});
