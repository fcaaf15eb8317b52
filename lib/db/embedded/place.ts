import { createHash } from 'node:crypto';
import { chmod, mkdir, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OsUser } from './os-user';
import { closedAncestor } from './reach';

/**
 * Folders, in order of preference, that hold the clusters of checkouts the
 * cluster's account cannot enter. Both survive a reboot (unlike /tmp).
 */
export const RELOCATION_BASES = [
  '/var/lib/cong-truyen-thong/postgres',
  '/var/tmp/cong-truyen-thong/postgres',
];

/**
 * Where the durable cluster lives: the requested folder (EMBEDDED_DB_DIR,
 * by default the checkout's `.data/postgres`) whenever the cluster's account
 * can reach it. Run as root, the cluster runs as the system account
 * `postgres`, which cannot enter a private folder above the checkout (a
 * `mktemp -d` folder, anything under /root); the cluster then goes to a
 * folder of this checkout's own under one of RELOCATION_BASES, named after
 * the requested folder's real path, so the same checkout finds it again on
 * every start and two checkouts never share one. A note left in the
 * requested folder says where it went.
 */
export async function clusterPlace(
  requested: string,
  owner: OsUser,
  log: (line: string) => void,
  bases: readonly string[] = RELOCATION_BASES,
): Promise<string> {
  if (!owner) return requested;
  const closed = await closedAncestor(requested);
  if (!closed) return requested;
  if (await exists(path.join(requested, 'pgdata', 'PG_VERSION'))) {
    throw new Error(
      `The embedded PostgreSQL cluster in ${requested} runs as the system account "postgres" ` +
        `(it refuses root), which cannot enter ${closed}. Let it in (chmod o+x on the folders ` +
        'above), or move the cluster to an EMBEDDED_DB_DIR it can reach.',
    );
  }
  const name = placeName(await realpath(requested));
  for (const base of bases) {
    const place = path.join(base, name);
    if (!(await usable(base, place))) continue;
    await writeFile(
      path.join(requested, 'WHERE-IS-THE-DATABASE.txt'),
      `This checkout's embedded PostgreSQL cluster is kept in ${place}:\n` +
        `the system account "postgres" that runs it cannot enter ${closed}.\n`,
    );
    log(
      `The system account "postgres" cannot enter ${closed}: keeping this checkout's embedded cluster in ${place}.`,
    );
    return place;
  }
  return requested; // nowhere better: the cluster's own check says why it cannot start
}

/** A readable tail of the real path, then a hash of all of it (no two checkouts alike). */
export function placeName(realPath: string): string {
  const hash = createHash('sha256').update(realPath).digest('hex').slice(0, 12);
  const readable = realPath
    .replace(/[^A-Za-z0-9._]+/g, '-')
    .slice(-48)
    .replace(/^-+/, '');
  return `${readable}-${hash}`;
}

async function usable(base: string, place: string): Promise<boolean> {
  try {
    await mkdir(base, { recursive: true });
    // Open whatever a restrictive umask closed: the cluster's account walks through.
    for (const dir of [path.dirname(base), base]) await chmod(dir, 0o755);
    if (await closedAncestor(place)) return false;
    await mkdir(place, { recursive: true });
    await chmod(place, 0o711);
    return true;
  } catch {
    return false; // a read-only /var/lib: try the next base
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
