// The server Playwright tests run against: a production build on a database
// emptied, migrated and seeded (with the demo accounts) for this run.
// TEST_DATABASE_URL when set, else a throwaway embedded cluster; never
// DATABASE_URL, since the harness empties the database it is given.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { truncateAll } from '../lib/db/reset';
import { env } from '../lib/env';
import { ensureBuild } from './lib/build';
import { prepareDatabase } from './lib/database';
import { exitWithServer, startNext } from './lib/next-server';
import { addPaginationFillers } from './lib/e2e-fill';
import { authSecret } from './lib/secret';
import { runSeed } from './lib/seed';

const log = (line: string) => console.log(`[e2e-server] ${line}`);
// The server's output, also kept here for tests that check what it logged.
const SERVER_LOG = 'tests/artifacts/e2e-server.log';

async function main() {
  const config = env();
  const port = Number(process.env.E2E_PORT ?? 3100);
  const given = config.TEST_DATABASE_URL;
  const database = await prepareDatabase({ url: given, dataDir: null, log });
  if (given) await truncateAll(database.url);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    SEED_DEMO_ACCOUNTS: 'true',
    MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-e2e-media-')),
    AUTH_SECRET: authSecret(config.AUTH_SECRET),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
    // Every test's browser posts from 127.0.0.1: the per-address feedback
    // limit would otherwise refuse one test for what the others sent.
    FEEDBACK_ADDRESS_LIMIT: process.env.FEEDBACK_ADDRESS_LIMIT ?? '100000',
  };
  await runSeed(childEnv, log);
  // 9 seeded + 15 fillers = 24 articles: the category listing has a page 2.
  await addPaginationFillers(database.url, 'truyen-thong-chinh-sach', 15);
  mkdirSync('tests/artifacts', { recursive: true });
  writeFileSync(SERVER_LOG, '');
  writeFileSync('tests/artifacts/e2e-env.json', JSON.stringify({ databaseUrl: database.url }));
  await ensureBuild(childEnv, log);
  const server = startNext({ port, env: childEnv, logFile: SERVER_LOG });
  exitWithServer(server, () => database.embedded?.stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
