import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDb, startEmbeddedDb } from '../../lib/db/embedded';

// The embedded default's life cycle: what a newcomer's `npm start`, a
// Ctrl-C, a `kill -9` and a second start on the same folder do to the data.

let dir: string;
const running: EmbeddedDb[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'portal-embedded-test-'));
  await chmod(dir, 0o711); // run as root, the database's own account must reach it
});

afterEach(async () => {
  for (const db of running.splice(0)) await db.stop();
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<EmbeddedDb> {
  const db = await startEmbeddedDb(dir);
  running.push(db);
  return db;
}

async function stop(db: EmbeddedDb): Promise<void> {
  running.splice(running.indexOf(db), 1);
  await db.stop();
}

async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

function startChild(): Promise<{ child: ChildProcess; pid: number }> {
  // One process (no tsx wrapper in front), so SIGKILL hits the process that
  // started the database, as `kill -9` on a portal's server process would.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/embedded-child.ts', dir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (line: string) => {
      const match = /ready (\d+)/.exec(line);
      if (match) resolve({ child, pid: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
}

const NOTE = [{ note: 'trước khi bị dừng đột ngột' }];

describe('the embedded PostgreSQL', () => {
  it('is a real PostgreSQL 18 with the search extensions, on loopback, with a password', async () => {
    const db = await start();
    expect(db.url).toMatch(/^postgresql:\/\/postgres:[\w-]{20,}@127\.0\.0\.1:\d+\/postgres$/);
    const [row] = await sql<{ v: string }>(db.url, "SELECT current_setting('server_version') AS v");
    expect(row?.v).toMatch(/^18\./);
    await sql(db.url, 'CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm');
    const [u] = await sql<{ u: string }>(db.url, "SELECT lower(unaccent('ĐẦU TƯ')) AS u");
    expect(u?.u).toBe('dau tu');
    const wrong = db.url.replace(/postgres:[^@]+@/, 'postgres:sai-mat-khau@');
    await expect(sql(wrong, 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  });

  it('keeps what was written across a stop and a start', async () => {
    const first = await start();
    await sql(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('còn nguyên')");
    await stop(first);
    const second = await start();
    expect(await sql(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'còn nguyên' }]);
  });

  it('refuses a second start on a folder in use, saying so', async () => {
    await start();
    await expect(startEmbeddedDb(dir)).rejects.toThrow(/is in use by another running portal/);
  }, 30_000);

  it('recovers after its portal is killed with SIGKILL, data intact', async () => {
    const { child } = await startChild();
    child.kill('SIGKILL');
    const db = await start();
    expect(await sql(db.url, 'SELECT note FROM kept')).toEqual(NOTE);
  }, 60_000);

  it('recovers from a stale postmaster.pid when PostgreSQL itself was killed', async () => {
    const { child, pid } = await startChild();
    child.kill('SIGKILL');
    process.kill(pid, 'SIGKILL');
    const db = await start();
    expect(await sql(db.url, 'SELECT note FROM kept')).toEqual(NOTE);
  }, 60_000);
});
