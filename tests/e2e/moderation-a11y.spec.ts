import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { articleId } from './support/db';
import { insertPending, insertSubmittedAnswer, SEEDED_SLUG } from './support/feedback';
import { snap, watchConsole } from './support/page-checks';
import { APPROVER, EDITOR, login, newPersonPage, unique } from './support/staff';

// The moderation screens, as each role meets them, at a desktop and a phone
// width: no axe violation (WCAG 2.1 A and AA), nothing wider than the phone,
// no console error, a screenshot kept (as tests/e2e/staff-a11y.spec.ts does
// for the other staff screens).

const ADMIN = 'quantri@example.gov.vn';
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 375, height: 812 },
];
type Shot = { name: string; path: string };

async function plan() {
  const tag = unique('Trợ năng ý kiến');
  const question = await insertPending({
    name: `${tag} hỏi`,
    body: `${tag}: một câu hỏi dài về thủ tục, với địa chỉ https://vi-du.example/duong-dan-rat-dai-khong-co-khoang-trang-nao-ca ở giữa.`,
    kind: 'QUESTION',
    spamScore: 0.12,
  });
  await insertPending({ name: `${tag} góp ý`, body: `${tag}: góp ý ngắn.`, spamScore: 0.93 });
  const answered = await insertPending({
    name: `${tag} đã có trả lời`,
    body: `${tag}: câu hỏi hai`,
    kind: 'QUESTION',
  });
  await insertSubmittedAnswer(answered, EDITOR, 'Trả lời chờ duyệt.');
  const article = `/quan-tri/bai-viet/${await articleId(SEEDED_SLUG)}`;
  const queue = '/quan-tri/y-kien';
  const common: Shot[] = [
    { name: 'queue', path: queue },
    {
      name: 'queue-filtered',
      path: `${queue}?q=tro+nang&loai=cau-hoi&xac-minh=khong&tu=31%2F02%2F2025`,
    },
    { name: 'queue-rejected', path: `${queue}?tab=tu-choi` },
    { name: 'question', path: `${queue}/${question}` },
    { name: 'answer-submitted', path: `${queue}/${answered}` },
    { name: 'article-mode', path: article },
  ];
  return { common, admin: [{ name: 'queue-refused', path: queue }] satisfies Shot[] };
}

let planned: ReturnType<typeof plan> | undefined;

async function check(page: Page, shot: Shot, label: string, width: number) {
  const response = await page.goto(shot.path);
  expect(response?.status(), shot.path).toBe(200);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect.soft(violations, `${label} ${shot.name} at ${width} px`).toEqual([]);
  const wider = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (width < 400)
    expect.soft(wider, `${label} ${shot.name}: wider than the phone`).toBeLessThanOrEqual(0);
  await snap(page, `staff-${label}-moderation-${shot.name}-${width}`);
}

for (const viewport of WIDTHS) {
  for (const [label, email] of [
    ['bien-tap', EDITOR],
    ['phe-duyet', APPROVER],
    ['quan-tri', ADMIN],
  ] as const) {
    test(`moderation screens as ${label} at ${viewport.width} px: axe clean, nothing wider`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      planned ??= plan();
      const shots = await planned;
      const page = await newPersonPage(browser, baseURL);
      await login(page, email);
      await page.setViewportSize(viewport);
      const problems = watchConsole(page);
      for (const shot of label === 'quan-tri' ? shots.admin : shots.common) {
        await check(page, shot, label, viewport.width);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
}
