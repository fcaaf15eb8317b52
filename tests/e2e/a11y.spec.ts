import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { snap, watchConsole } from './support/page-checks';

// Every kind of public page, the portal's own pages included, at a desktop
// and a phone width: no axe violation (WCAG 2.1 A and AA rules), no console
// error, and a screenshot kept for people to look at.
const PAGES = [
  { name: 'home', path: '/' },
  {
    name: 'article',
    path: '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so',
  },
  { name: 'category', path: '/chuyen-muc/truyen-thong-chinh-sach' },
  { name: 'plan', path: '/ke-hoach-truyen-thong/2023' },
  { name: 'search', path: '/tim-kiem?q=dau+tu' },
  { name: 'about', path: '/gioi-thieu' },
  { name: 'contact', path: '/lien-he' },
  { name: 'english', path: '/en' },
  { name: 'not-found', path: '/tin-tuc/khong-co-bai-nay' },
];

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];

for (const viewport of WIDTHS) {
  test(`public pages at ${viewport.width} px: no axe violation, no console error`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const problems = watchConsole(page);
    for (const { name, path } of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(name === 'not-found' ? 404 : 200);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations.map((v) => ({
        path,
        rule: v.id,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
      expect(violations).toEqual([]);
      await snap(page, `a11y-${name}-${viewport.width}`);
    }
    // The browser reports the 404 document itself; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
}
