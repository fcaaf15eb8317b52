import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationDirectory, MigrationList } from '@prisma/schema-engine-wasm';

const LOCKFILE = 'migration_lock.toml';
const SCRIPT = 'migration.sql';

/**
 * The migrations folder as the schema engine expects it, read the way
 * Prisma's CLI reads it: every sub-folder's migration.sql, sorted by name.
 */
export async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const lockfile = await readFile(path.join(baseDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(names.map((name) => readOne(baseDir, name)));
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function readOne(baseDir: string, name: string): Promise<MigrationDirectory> {
  const content = await readFile(path.join(baseDir, name, SCRIPT), 'utf8').then(
    (value) => ({ tag: 'ok' as const, value }),
    (error: Error) => ({ tag: 'error' as const, value: error.message }),
  );
  return { path: name, migrationFile: { path: SCRIPT, content } };
}
