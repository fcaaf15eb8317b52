// `npm run bench`: req/s and latency of the seeded article page on a
// production server, at concurrency 1 and 32. Uses DATABASE_URL when set,
// else an in-memory embedded PostgreSQL. Loopback traffic only.
import autocannon from 'autocannon';
import { freePort } from '../lib/db/embedded';
import { env } from '../lib/env';
import { ensureBuild } from './lib/build';
import { prepareDatabase } from './lib/database';
import { startNext, waitForHttp } from './lib/next-server';
import { authSecret } from './lib/secret';
import { runSeed } from './lib/seed';

const ARTICLE = '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';
const DURATION_S = Number(process.argv[2] ?? 10);
const log = (line: string) => console.log(`[bench] ${line}`);

async function run(url: string, connections: number) {
  const result = await autocannon({ url, connections, duration: DURATION_S });
  return {
    concurrency: connections,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

async function main() {
  const config = env();
  const database = await prepareDatabase({ url: config.DATABASE_URL, dataDir: null, log });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(config.AUTH_SECRET),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
  };
  await runSeed(childEnv, log);
  await ensureBuild(childEnv, log);
  const port = await freePort();
  const server = startNext({ port, env: childEnv, quiet: true });
  try {
    const url = `http://127.0.0.1:${port}${ARTICLE}`;
    await waitForHttp(url, 120_000);
    await autocannon({ url, connections: 8, amount: 500 }); // warm-up
    log(`${url}, ${DURATION_S} s per run`);
    const rows = [await run(url, 1), await run(url, 32)];
    console.table(rows);
  } finally {
    // The server first: it still talks to the embedded database while it stops.
    await server.stopAndWait();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
