import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';
import { EDITOR, login } from './support/staff';

// The consultation pages, public and staff, at a desktop and a phone width:
// no axe violation (WCAG 2.1 A and AA), nothing wider than the screen, no
// console error, a screenshot kept. The demo's sample consultation is there.

const SAMPLE =
  '/du-thao/mau-du-thao-thong-tu-huong-dan-dang-tai-thong-tin-chinh-sach-tren-cong-thong-tin-dien-tu';
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

async function check(page: Page, path: string, name: string, width: number) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => ({
      path,
      rule: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    })),
  ).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width);
  await snap(page, `consultation-${name}-${width}`);
}

for (const viewport of WIDTHS) {
  test(`consultation pages at ${viewport.width} px: no axe violation, no overflow`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const problems = watchConsole(page);
    await check(page, '/du-thao', 'list', viewport.width);
    await check(page, SAMPLE, 'sample', viewport.width);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('[Mẫu]');
    await login(page, EDITOR);
    await check(page, '/quan-tri/du-thao', 'staff-list', viewport.width);
    await check(page, '/quan-tri/du-thao/moi', 'staff-new', viewport.width);
    await page.goto('/quan-tri/du-thao');
    await page.getByRole('link', { name: /\[Mẫu\]/ }).click();
    await expect(page).toHaveURL(/\/quan-tri\/du-thao\/[^/]+$/);
    await check(page, new URL(page.url()).pathname, 'staff-one', viewport.width);
    expect(problems).toEqual([]);
  });
}
