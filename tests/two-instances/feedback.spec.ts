import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import pg from 'pg';
import { pollUntil } from '../e2e/support/poll';
import { EDITOR, login, newPersonPage, unique } from '../e2e/support/staff';

// Readers' feedback in the real layout (two instances, Redis, nginx): a
// moderator's decision made through one instance reaches readers of the
// other, and of nginx, through the same cache expiry as articles.

const port = (name: string) => process.env[name] ?? '';
const A = `http://127.0.0.1:${port('TWO_A_PORT')}`;
const B = `http://127.0.0.1:${port('TWO_B_PORT')}`;
const NGINX = `http://127.0.0.1:${port('TWO_NGINX_PORT')}`;
const SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const ARTICLE = `/tin-tuc/${SLUG}`;
/** The other instance within 1 s; nginx within its 1 s micro-cache plus one render. */
const LIMIT_MS: Record<string, number> = { [A]: 1000, [B]: 1000, [NGINX]: 1500 };

const databaseUrl = () =>
  (
    JSON.parse(readFileSync('tests/artifacts/two-instances.json', 'utf8')) as {
      databaseUrl: string;
    }
  ).databaseUrl;

async function insertPending(name: string, body: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Feedback" (id, "articleId", kind, state, name, body, "consentAt",
         "consentVersion", "updatedAt")
       SELECT 'two' || md5(random()::text), a.id, 'SUGGESTION', 'PENDING', $2, $3, now(), 'test', now()
       FROM "Article" a WHERE a.slug = $1 RETURNING id`,
      [SLUG, name, body],
    );
    if (!rows[0]) throw new Error(`no article at ${SLUG}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

async function shows(base: string, text: string): Promise<boolean> {
  const response = await fetch(`${base}${ARTICLE}`);
  return (await response.text()).includes(text);
}

/** Milliseconds after `from` until every base shows (or no longer shows) `text`. */
async function seen(bases: string[], text: string, present: boolean, from: number) {
  const times: Record<string, number | null> = {};
  await Promise.all(
    bases.map(async (base) => {
      times[base] = await pollUntil(
        async () => (await shows(base, text)) === present,
        from,
        10_000,
        20,
      );
    }),
  );
  console.log(`feedback ${present ? 'shown' : 'gone'} after (ms): ${JSON.stringify(times)}`);
  for (const [base, ms] of Object.entries(times)) {
    expect.soft(ms ?? Number.POSITIVE_INFINITY, base).toBeLessThanOrEqual(LIMIT_MS[base] ?? 1000);
  }
  return times;
}

async function decide(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('đã xử lý 1 ý kiến');
}

test('published through A: on B and through nginx within a second; hidden through B: gone', async ({
  browser,
}) => {
  const name = unique('Bạn đọc hai máy chủ');
  const body = unique('Ý kiến kiểm thử trên hai máy chủ');
  const id = await insertPending(name, body);
  // Warm every cache with the page as it is: the item must not be there.
  for (const base of [A, B, NGINX]) expect(await shows(base, body)).toBe(false);

  const editor = await newPersonPage(browser, A);
  await login(editor, EDITOR);
  await editor.goto(`${A}/quan-tri/y-kien/${id}`);
  await decide(editor, 'Đăng');
  await seen([B, NGINX], body, true, Date.now());

  await editor.goto(`${B}/quan-tri/y-kien/${id}`);
  await decide(editor, 'Ẩn');
  await seen([A, NGINX], body, false, Date.now());
  await editor.context().close();
});
