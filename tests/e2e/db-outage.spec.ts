import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type EmbeddedDb, freePort, startEmbeddedDb } from '../../lib/db/embedded';
import { applyMigrations } from '../../lib/db/migrate';
import { type NextServer, startNext, waitForHttp } from '../../scripts/lib/next-server';
import { runSeed } from '../../scripts/lib/seed';
import { pollUntil } from './support/poll';
import { EDITOR, login, newPersonPage } from './support/staff';

// The database goes away and comes back while the portal runs. This test
// runs a portal of its own (same build) on an embedded PostgreSQL it can
// stop and start again on the same folder and port.

const ARTICLE = '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const UNCACHED = '/ke-hoach-truyen-thong/2023';
const LEAKS = /prisma|SELECT|ECONNREFUSED|postgres|at \w+ \(|\.ts:\d+/i;

let dir: string;
let dbPort: number;
let database: EmbeddedDb | undefined;
let server: NextServer | undefined;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = await mkdtemp(path.join(tmpdir(), 'portal-outage-'));
  await chmod(dir, 0o711); // the database's own account must reach its folder
  dbPort = await freePort();
  database = await startEmbeddedDb(path.join(dir, 'db'), { port: dbPort });
  await applyMigrations(database.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    SEED_DEMO_ACCOUNTS: 'true',
    MEDIA_DIR: path.join(dir, 'media'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
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

test('database down: 503 health, cached pages still read, a clear Vietnamese 503; then it recovers', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const editor = await newPersonPage(browser, base);
  await login(editor, EDITOR);
  expect((await request.get(`${base}${ARTICLE}`)).status()).toBe(200);

  await database?.stop();
  database = undefined;

  // The probe is remembered for a second: within two seconds of the outage
  // the health check says so, and no answer takes longer than that.
  const stopped = Date.now();
  let slowest = 0;
  const down = await pollUntil(
    async () => {
      const asked = Date.now();
      const status = (await request.get(`${base}/api/health`)).status();
      slowest = Math.max(slowest, Date.now() - asked);
      return status === 503;
    },
    stopped,
    2_000,
    100,
  );
  expect(down).not.toBeNull();
  expect(slowest).toBeLessThan(2_000);

  const cached = await request.get(`${base}${ARTICLE}`);
  expect(cached.status()).toBe(200);
  expect(await cached.text()).toContain('Đẩy mạnh truyền thông chính sách');

  const citizen = await newPersonPage(browser, base);
  const uncached = await citizen.goto(`${base}${UNCACHED}`);
  expect(uncached?.status()).toBeGreaterThanOrEqual(500);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Đã có lỗi xảy ra');
  expect(await citizen.content()).not.toMatch(LEAKS);

  const staff = await editor.goto(`${base}/quan-tri`);
  expect(staff?.status()).toBe(503);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Hệ thống tạm thời gián đoạn');
  expect(await editor.content()).not.toMatch(LEAKS);

  database = await startEmbeddedDb(path.join(dir, 'db'), { port: dbPort });
  const back = await pollUntil(
    async () => (await request.get(`${base}/api/health`)).status() === 200,
    Date.now(),
    30_000,
    250,
  );
  expect(back).not.toBeNull();
  expect((await request.get(`${base}${UNCACHED}`)).status()).toBe(200);
  const again = await editor.goto(`${base}/quan-tri`);
  expect(again?.status()).toBe(200);
  await expect(editor.getByRole('heading', { level: 1 })).not.toHaveText(
    'Hệ thống tạm thời gián đoạn',
  );
});
