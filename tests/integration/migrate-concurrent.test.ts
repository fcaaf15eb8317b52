import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations } from '../../lib/db/migrate';
import { env } from '../../lib/env';

// Two instances starting together against one empty database: each runs
// `npm run db:migrate`; every migration must be applied exactly once and
// neither start may fail.

const suffix = randomBytes(4).toString('hex');
let adminUrl: string;
const created: string[] = [];

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  adminUrl = env().DATABASE_URL ?? '';
});

afterAll(async () => {
  for (const name of created) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

/** A new empty database on the test server; its URL. */
async function freshDatabase(label: string): Promise<string> {
  const name = `portal_${label}_${suffix}`;
  await onServer(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recorded(url: string): Promise<{ migration_name: string; n: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; n: string }>(
      `SELECT migration_name, count(*) AS n FROM "_prisma_migrations"
       GROUP BY migration_name ORDER BY migration_name`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function folders(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function migrate(freshUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'scripts/db-migrate.ts'],
      { env: { ...process.env, DATABASE_URL: freshUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('instances migrating one empty database at the same time', () => {
  it('two db:migrate processes both succeed and record every migration once', async () => {
    const url = await freshDatabase('two_processes');
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([a.code, b.code], `${a.output}\n${b.output}`).toEqual([0, 0]);
    const expected = (await folders('prisma/migrations')).map((f) => ({
      migration_name: f,
      n: '1',
    }));
    expect(await recorded(url)).toEqual(expected);
  }, 60_000);

  it('overlapping runs (a slow migration widens the window) apply each migration once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'portal-migrations-'));
    try {
      await cp('prisma/migrations', dir, { recursive: true });
      await mkdir(path.join(dir, '99999999999999_slow'));
      const slow = 'SELECT pg_sleep(0.5);\nCREATE TABLE "SlowMarker" ("id" INTEGER PRIMARY KEY);\n';
      await writeFile(path.join(dir, '99999999999999_slow', 'migration.sql'), slow);
      const url = await freshDatabase('overlap');
      const runs = await Promise.allSettled([0, 1, 2].map(() => applyMigrations(url, dir)));
      expect(runs.filter((r) => r.status === 'rejected')).toEqual([]);
      const applied = runs.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      const all = await folders(dir);
      expect(applied.sort()).toEqual(all);
      expect(await recorded(url)).toEqual(all.map((f) => ({ migration_name: f, n: '1' })));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
