import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Thrown when another running PostgreSQL already serves this data folder. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number, port: string | undefined) {
    super(
      `The embedded database folder ${dataDir} is in use by another running portal ` +
        `(PostgreSQL pid ${pid}${port ? `, port ${port}` : ''}). Stop that one first, ` +
        'or give this one its own folder with EMBEDDED_DB_DIR.',
    );
    this.name = 'DataDirInUseError';
  }
}

const WAIT_FOR_EXIT_MS = 5_000;

/**
 * Makes sure no live PostgreSQL owns `pgdata`. A postmaster.pid whose process
 * is gone, or is no PostgreSQL (its pid reused after a crash or `kill -9`), is
 * stale: removed, and PostgreSQL recovers from its write-ahead log on start.
 * A live owner gets a few seconds to finish a shutdown already under way,
 * then the folder is reported as in use.
 */
export async function claimDataDir(pgdata: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  const lines = await readFile(pidFile, 'utf8').then((t) => t.split('\n'), () => null);
  if (!lines) return;
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const deadline = Date.now() + WAIT_FOR_EXIT_MS;
  while (Number.isInteger(pid) && (await isPostgres(pid))) {
    if (Date.now() > deadline) throw new DataDirInUseError(pgdata, pid, lines[3]?.trim());
    await new Promise((r) => setTimeout(r, 100));
  }
  log('The embedded database was not stopped cleanly last time: recovering.');
  await rm(pidFile, { force: true });
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's process (then not one of ours to judge).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => 'postgres');
  return comm.trim() === 'postgres';
}
