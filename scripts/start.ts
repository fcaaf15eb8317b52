// `npm start`: the whole portal in one command. With no DATABASE_URL it runs
// on the embedded PostgreSQL (kept in .data/), migrated and seeded with the
// demo accounts; with DATABASE_URL it migrates that server and seeds content
// only (demo accounts only when SEED_DEMO_ACCOUNTS=true). Builds when needed.
import { env } from '../lib/env';
import { DEMO_PASSWORD, demoAccounts } from '../lib/seed/content/accounts';
import { roleLabels } from '../lib/users/schema';
import { ensureBuild } from './lib/build';
import { prepareDatabase } from './lib/database';
import { exitWithServer, startNext, waitForHttp } from './lib/next-server';
import { startSecrets } from './lib/secret';
import { runSeed } from './lib/seed';

const log = (line: string) => console.log(`[portal] ${line}`);

async function main() {
  const dev = process.argv.includes('--dev');
  const config = env();
  const embeddedMode = !config.DATABASE_URL;
  const secrets = startSecrets(config); // stops here when a shared key is missing
  const database = await prepareDatabase({ url: config.DATABASE_URL, log });
  const demo = embeddedMode || config.SEED_DEMO_ACCOUNTS;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    SEED_DEMO_ACCOUNTS: demo ? 'true' : 'false',
    ...secrets,
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: dev ? 'development' : 'production',
  };
  await runSeed(childEnv, log);
  if (!dev) await ensureBuild(childEnv, log);
  const server = startNext({ port: config.PORT, env: childEnv, dev });
  exitWithServer(server, () => database.embedded?.stop());
  const url = `http://localhost:${config.PORT}`;
  await waitForHttp(`${url}/api/health`, 120_000);
  log(`Portal ready: ${url}`);
  log(
    `Seeded article: ${url}/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so`,
  );
  if (demo) {
    log(`Demo accounts (password ${DEMO_PASSWORD}), log in at /dang-nhap:`);
    for (const { email, role } of demoAccounts) log(`  ${email}  (${roleLabels[role]})`);
  }
}

main().catch((error: unknown) => {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
