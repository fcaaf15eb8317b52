import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type EmbeddedDb, freePort, startEmbeddedDb } from '../../lib/db/embedded';
import { applyMigrations } from '../../lib/db/migrate';
import { ensureBuild } from './build';
import { startNext, waitForHttp } from './next-server';
import { runSeed } from './seed';

export type Rig = {
  base: string;
  db: EmbeddedDb;
  dir: string;
  dbPort: number;
  serverPid: number;
  stop: () => Promise<void>;
};

/**
 * An embedded PostgreSQL (migrated, seeded) and a production server of its
 * own on free ports, for the feedback and comment benchmarks. `extraEnv`
 * adds to the server's and the seed's environment.
 */
export async function startRig(
  prefix: string,
  extraEnv: Record<string, string>,
  log: (line: string) => void,
): Promise<Rig> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dir, 0o711); // the database's own account must reach its folder
  const dbPort = await freePort();
  const db = await startEmbeddedDb(path.join(dir, 'db'), { port: dbPort });
  await applyMigrations(db.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    MEDIA_DIR: path.join(dir, 'media'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    NODE_ENV: 'production',
    ...extraEnv,
  };
  await runSeed(env, () => {});
  await ensureBuild(env, log);
  const port = await freePort();
  const server = startNext({ port, env, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/health`, 120_000);
  const serverPid = server.child.pid ?? 0;
  const rig: Rig = { base, db, dir, dbPort, serverPid, stop: async () => {} };
  rig.stop = async () => {
    await server.stopAndWait();
    await rig.db.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return rig;
}
