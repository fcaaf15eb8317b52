import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export type OsUser = { uid: number; gid: number } | null;

const ACCOUNT = 'postgres';

/**
 * PostgreSQL refuses to run as root. When this process is root (containers,
 * CI), the cluster runs as the system account `postgres`, created as a
 * locked system account without a home if the machine has none. Otherwise it
 * runs as the current user (null: no switch).
 */
export async function clusterOwner(log: (line: string) => void): Promise<OsUser> {
  if (process.getuid?.() !== 0) return null;
  const existing = await lookup();
  if (existing) return existing;
  log(`Creating the system account "${ACCOUNT}" to run the embedded PostgreSQL (it refuses root).`);
  await exec('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT]);
  const created = await lookup();
  if (!created) throw new Error(`Could not create the system account "${ACCOUNT}".`);
  return created;
}

async function lookup(): Promise<OsUser> {
  try {
    const [uid, gid] = await Promise.all([
      exec('id', ['-u', ACCOUNT]).then((r) => Number.parseInt(r.stdout, 10)),
      exec('id', ['-g', ACCOUNT]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}
