import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { postgresBinaries } from './binaries';
import { claimDataDir } from './lock';
import { clusterOwner, type OsUser } from './os-user';
import { closedAncestor } from './reach';
import { serverFlags } from './settings';

export type ClusterOptions = {
  /** Folder holding `pgdata/` (the cluster) and `password`. */
  root: string;
  port: number;
  /** false for throwaway test clusters: no fsync, nothing to keep. */
  durable: boolean;
  log: (line: string) => void;
};

export type RunningCluster = { url: string; pid: number; stop: () => Promise<void> };

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/**
 * Starts a real PostgreSQL on 127.0.0.1 (TCP only, password required),
 * creating the cluster on first use. It runs behind a lifeline: a tiny shell
 * that stops PostgreSQL (fast shutdown) when this process closes its stdin,
 * which also happens when this process dies, even by SIGKILL, so a killed
 * portal never leaves an orphan database holding the folder.
 */
export async function startCluster(opts: ClusterOptions): Promise<RunningCluster> {
  const owner = await clusterOwner(opts.log);
  const bins = await postgresBinaries(owner);
  const pgdata = path.join(opts.root, 'pgdata');
  const password = await ensureCluster(opts.root, pgdata, bins.initdb, owner, opts.log);
  await claimDataDir(pgdata, opts.log);
  const tail: string[] = [];
  const child = spawn(
    '/bin/sh',
    ['-c', LIFELINE, bins.postgres, '-D', pgdata, ...serverFlags(opts.port, opts.durable)],
    // Its own process group: a signal to the portal's group (Ctrl-C, a test
    // runner stopping its server) reaches the portal, which stops the app
    // first and the database last, never the database behind its back.
    { stdio: ['pipe', 'ignore', 'pipe'], detached: true, ...(owner ?? {}) },
  );
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail.push(...chunk.split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  });
  const url = `postgresql://postgres:${password}@127.0.0.1:${opts.port}/postgres`;
  await waitUntilReady(url, child, tail);
  const pid = Number.parseInt(
    (await readFile(path.join(pgdata, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '',
    10,
  );
  return { url, pid, stop: () => stopCluster(child, pid) };
}

// $0 is postgres; "$@" its arguments. fd 3 keeps the parent's pipe: a line
// or end-of-file on it asks for a fast shutdown (SIGINT), and so does a
// signal sent to the shell itself.
const LIFELINE = `exec 3<&0 </dev/null
"$0" "$@" & pg=$!
trap 'kill -INT "$pg" 2>/dev/null' INT TERM HUP
( read -r _ <&3; kill -INT "$pg" 2>/dev/null ) & watcher=$!
while kill -0 "$pg" 2>/dev/null; do wait "$pg"; done
kill "$watcher" 2>/dev/null
exit 0`;

async function ensureCluster(
  root: string,
  pgdata: string,
  initdb: string,
  owner: OsUser,
  log: (line: string) => void,
): Promise<string> {
  const passwordFile = path.join(root, 'password');
  const existing = await readFile(path.join(pgdata, 'PG_VERSION'), 'utf8').catch(() => null);
  if (existing) return (await readFile(passwordFile, 'utf8')).trim();
  log(`Creating the embedded PostgreSQL cluster in ${root}…`);
  const closed = owner ? await closedAncestor(root) : null;
  if (closed) {
    throw new Error(
      `The embedded PostgreSQL runs as the system account "postgres" (it refuses root), which ` +
        `cannot enter ${closed}. Choose an EMBEDDED_DB_DIR outside it (for example under ` +
        '/var/lib), or run the portal as an ordinary user.',
    );
  }
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  await chmod(root, 0o711); // the cluster's account must reach pgdata/
  const password = randomBytes(24).toString('base64url');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) await Promise.all([pgdata, passwordFile].map((p) => chown(p, owner.uid, owner.gid)));
  const args = [
    '-D',
    pgdata,
    '--auth=scram-sha-256',
    '--username=postgres',
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    '--locale=C',
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(initdb, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(owner ?? {}) });
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (d) => output.push(String(d)));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output.join('')}`);
  return password;
}

async function waitUntilReady(url: string, child: ChildProcess, tail: string[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The embedded PostgreSQL exited (code ${child.exitCode}):\n${tail.join('\n')}`,
      );
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
  child.stdin?.end();
  throw new Error(
    `The embedded PostgreSQL did not accept connections in time:\n${tail.join('\n')}`,
  );
}

async function stopCluster(child: ChildProcess, postmaster: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.stdin?.end();
    });
  }
  // The shell may have been killed outright: the server itself must be gone
  // before anyone removes or reuses its folder.
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(postmaster) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (alive(postmaster)) process.kill(postmaster, 'SIGQUIT');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
