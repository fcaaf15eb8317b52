import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterPlace, RELOCATION_BASES } from '../../lib/db/embedded/place';

// Run as root (containers, CI), the embedded PostgreSQL runs as the system
// account `postgres`, which cannot enter a `mktemp -d` folder (mode 0700).
// A checkout cloned into one must still start, on a cluster kept elsewhere.

const exec = promisify(execFile);
const asRoot = process.getuid?.() === 0;
const cleanup: string[] = [];

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** A fresh clone of this repository in a new `mktemp -d` folder. */
async function cloneInPrivateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-clone-'));
  cleanup.push(dir);
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  const checkout = path.join(dir, 'portal');
  await exec('git', ['clone', '--quiet', '--depth', '1', `file://${process.cwd()}`, checkout]);
  return checkout;
}

/** The database step of `npm start`, run in `checkout`; its log and the SQL's rows. */
async function prepareIn(checkout: string, sql: string): Promise<{ log: string; rows: unknown }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'EMBEDDED_DB_DIR']) delete env[name];
  const { stdout } = await exec(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      path.resolve('node_modules/tsx/dist/loader.mjs'),
      path.resolve('tests/helpers/prepare-database-child.ts'),
      sql,
    ],
    { cwd: checkout, env },
  );
  const rows = /^rows (.*)$/m.exec(stdout)?.[1];
  return { log: stdout, rows: rows === undefined ? undefined : JSON.parse(rows) };
}

function placeIn(log: string): string {
  const place = /its cluster in (\S+)\.$/m.exec(log)?.[1];
  if (!place) throw new Error(`no cluster folder in the log:\n${log}`);
  cleanup.push(place);
  return place;
}

describe.skipIf(!asRoot)('npm start as root, in a clone postgres cannot enter', () => {
  it('keeps the cluster where postgres can reach it, says where, and finds it again', async () => {
    const checkout = await cloneInPrivateFolder();
    const first = await prepareIn(checkout, "CREATE TABLE kept AS SELECT 'vẫn còn' AS note");
    const place = placeIn(first.log);
    expect(RELOCATION_BASES.some((base) => place.startsWith(`${base}/`))).toBe(true);
    expect(first.log).toContain(
      `cannot enter ${path.dirname(checkout)}: keeping this checkout's embedded cluster in ${place}.`,
    );
    expect(first.log).toMatch(/Applied \d+ migration/);
    const note = await readFile(
      path.join(checkout, '.data/postgres/WHERE-IS-THE-DATABASE.txt'),
      'utf8',
    );
    expect(note).toContain(place);

    const again = await prepareIn(checkout, 'SELECT note FROM kept');
    expect(placeIn(again.log)).toBe(place);
    expect(again.rows).toEqual([{ note: 'vẫn còn' }]);
    expect(again.log).toContain('Database schema is up to date.');
  }, 120_000);

  it('gives two such clones two clusters', async () => {
    const [one, two] = [await cloneInPrivateFolder(), await cloneInPrivateFolder()];
    const first = placeIn((await prepareIn(one, 'SELECT 1')).log);
    const second = await prepareIn(two, "SELECT to_regclass('public.kept') AS kept");
    expect(placeIn(second.log)).not.toBe(first);
    expect(second.rows).toEqual([{ kept: null }]);
  }, 120_000);
});

describe('where the cluster goes when its account cannot enter the checkout', () => {
  const postgresAccount = { uid: 1, gid: 1 }; // any account but root's: only its presence counts

  async function privateCheckout(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'portal-place-'));
    cleanup.push(dir);
    const requested = path.join(dir, 'portal', '.data', 'postgres');
    await mkdir(requested, { recursive: true });
    return requested;
  }

  it('tries the next folder when the first cannot take it', async () => {
    const spare = await mkdtemp(path.join(tmpdir(), 'portal-spare-'));
    cleanup.push(spare);
    await writeFile(path.join(spare, 'a-file'), ''); // no folder can be made beneath it
    const base = path.join(spare, 'postgres');
    const bases = [path.join(spare, 'a-file', 'postgres'), base];
    const place = await clusterPlace(await privateCheckout(), postgresAccount, () => {}, bases);
    expect(path.dirname(place)).toBe(base);
  });

  it('never moves a cluster already there: it says how to let its account in', async () => {
    const requested = await privateCheckout();
    await mkdir(path.join(requested, 'pgdata'));
    await writeFile(path.join(requested, 'pgdata', 'PG_VERSION'), '18\n');
    await expect(clusterPlace(requested, postgresAccount, () => {})).rejects.toThrow(
      /cannot enter .*portal-place-.*chmod o\+x/,
    );
  });
});
