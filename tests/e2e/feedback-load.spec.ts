import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type EmbeddedDb, freePort, startEmbeddedDb } from '../../lib/db/embedded';
import { applyMigrations } from '../../lib/db/migrate';
import {
  checkStored,
  readWhile,
  storedPerEmail,
  submitLoad,
} from '../../scripts/lib/feedback-load';
import { type NextServer, startNext, waitForHttp } from '../../scripts/lib/next-server';
import { runSeed } from '../../scripts/lib/seed';
import { pollUntil, sleep } from './support/poll';

// The CI-sized version of `npm run bench:feedback`: many citizens sending
// feedback at once while others read, then the database stopped and
// started again mid-run. A portal of its own (same build) on an embedded
// PostgreSQL this test can stop.

const SLUG = 'bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

let dir: string;
let dbPort: number;
let database: EmbeddedDb | undefined;
let server: NextServer | undefined;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = await mkdtemp(path.join(tmpdir(), 'portal-feedback-load-'));
  await chmod(dir, 0o711); // the database's own account must reach its folder
  dbPort = await freePort();
  database = await startEmbeddedDb(path.join(dir, 'db'), { port: dbPort });
  await applyMigrations(database.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(dir, 'media'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
    // All clients here share 127.0.0.1; the per-address limit is tested elsewhere.
    FEEDBACK_ADDRESS_LIMIT: '100000',
  };
  await runSeed(env, () => {});
  const appPort = await freePort();
  server = startNext({ port: appPort, env, quiet: true });
  base = `http://127.0.0.1:${appPort}`;
  await waitForHttp(`${base}/api/health`, 120_000);
});

test.afterAll(async () => {
  await server?.stopAndWait();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
});

test('200 submissions from 20 clients while 4 readers read: each stored exactly once', async () => {
  test.setTimeout(120_000);
  let finished: () => void = () => {};
  const stop = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const reading = readWhile(base, `/tin-tuc/${SLUG}`, 4, stop);
  const outcomes = await submitLoad({
    base,
    slug: SLUG,
    total: 200,
    concurrency: 20,
    windowMs: 8_000,
    tag: 'ci-load',
  });
  finished();
  const reads = await reading;
  const check = checkStored(outcomes, await storedPerEmail(database?.url ?? '', 'ci-load'));
  expect(check).toEqual({ accepted: 200, lost: [], duplicated: [], storedButRefused: [] });
  expect(reads.failed).toBe(0);
  expect(reads.ok).toBeGreaterThan(20);
});

test('database stopped mid-run: clear refusals holding the text, none lost, then recovery', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const run = submitLoad({
    base,
    slug: SLUG,
    total: 150,
    concurrency: 10,
    windowMs: 12_000,
    tag: 'ci-outage',
  });
  await sleep(3_000);
  await database?.stop();
  database = undefined;
  const form = {
    name: 'Lúc sự cố',
    email: 'luc-su-co@example.vn',
    body: 'Văn bản này phải được trả lại để sao chép',
    kind: 'gop-y',
    consent: 'on',
  };
  const refused = await request.post(`${base}/tin-tuc/${SLUG}/y-kien`, { form });
  expect(refused.status()).toBe(503);
  const page = await refused.text();
  expect(page).toContain('Văn bản này phải được trả lại để sao chép');
  expect(page).toContain('chưa được lưu');
  expect(page).not.toMatch(/prisma|ECONNREFUSED|SELECT/i);
  await sleep(2_000);
  database = await startEmbeddedDb(path.join(dir, 'db'), { port: dbPort });
  const outcomes = await run;
  const statuses = new Set(outcomes.map((o) => o.status));
  expect(statuses.has(503)).toBe(true);
  const check = checkStored(outcomes, await storedPerEmail(database.url, 'ci-outage'));
  expect(check.lost).toEqual([]);
  expect(check.duplicated).toEqual([]);
  expect(check.storedButRefused).toEqual([]);

  // The same server takes feedback again, with no restart.
  const back = await pollUntil(
    async () => (await request.post(`${base}/tin-tuc/${SLUG}/y-kien`, { form })).status() === 200,
    Date.now(),
    30_000,
    500,
  );
  expect(back).not.toBeNull();
});
