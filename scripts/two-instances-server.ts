// The real layout, for tests/two-instances: two `next start` instances of one
// build on one PostgreSQL and one Redis, nginx in front with
// deploy/nginx.conf. The database (TEST_DATABASE_URL or DATABASE_URL, a real
// server) is emptied and seeded. Redis is one of this run's own (redis-server
// on TWO_REDIS_PORT), so the test can stop it and start it again.
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { truncateAll } from '../lib/db/reset';
import { env } from '../lib/env';
import { ensureBuild } from './lib/build';
import { startNext, waitForHttp } from './lib/next-server';
import { startNginx } from './lib/nginx';
import { startRedis, stopRedis } from './lib/redis-server';
import { runSeed } from './lib/seed';

const log = (line: string) => console.log(`[two-instances] ${line}`);

export type Layout = {
  a: number;
  b: number;
  nginx: number;
  databaseUrl: string;
  redis: { port: number; dir: string };
};
export const LAYOUT_FILE = 'tests/artifacts/two-instances.json';

async function main() {
  const config = env();
  const databaseUrl = config.TEST_DATABASE_URL ?? config.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set TEST_DATABASE_URL to a PostgreSQL database to empty');
  const ports = {
    a: Number(process.env.TWO_A_PORT ?? 3201),
    b: Number(process.env.TWO_B_PORT ?? 3202),
    nginx: Number(process.env.TWO_NGINX_PORT ?? 3200),
    redis: Number(process.env.TWO_REDIS_PORT ?? 3203),
  };
  // A Redis of this run's own: the test takes it away and brings it back.
  const redisDir = mkdtempSync(path.join(tmpdir(), 'portal-two-redis-'));
  await startRedis(ports.redis, redisDir);
  await truncateAll(databaseUrl);
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    REDIS_KEY_PREFIX: `portal-two-${Date.now().toString(36)}-${process.pid}:`,
    SEED_DEMO_ACCOUNTS: 'true',
    MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-two-media-')),
    // What every instance must share for sessions and Server Actions.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
  };
  await runSeed(shared, log);
  await ensureBuild(shared, log);
  const servers = [ports.a, ports.b].map((port) => startNext({ port, env: shared }));
  await Promise.all([ports.a, ports.b].map((p) => waitForHttp(`http://127.0.0.1:${p}/api/health`)));
  const nginx = await startNginx({ port: ports.nginx, upstreams: [ports.a, ports.b] });
  mkdirSync(path.dirname(LAYOUT_FILE), { recursive: true });
  const layout: Layout = { ...ports, databaseUrl, redis: { port: ports.redis, dir: redisDir } };
  writeFileSync(LAYOUT_FILE, JSON.stringify(layout));
  log(
    `A :${ports.a}, B :${ports.b}, nginx :${ports.nginx}, Redis prefix ${shared.REDIS_KEY_PREFIX}`,
  );

  let stopping = false;
  const stop = async () => {
    stopping = true;
    // All at once: the test runner allows a few seconds before it kills this process.
    await Promise.all([
      nginx.stop(),
      stopRedis(ports.redis),
      ...servers.map((s) => s.stopAndWait()),
    ]);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  // An instance that dies by itself fails the run; one stopped here does not.
  for (const server of servers) {
    server.child.on('exit', (code) => {
      if (!stopping) void stopRedis(ports.redis).then(() => process.exit(code ?? 1));
    });
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopRedis(Number(process.env.TWO_REDIS_PORT ?? 3203));
  process.exit(1);
});
