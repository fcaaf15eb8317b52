import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSchemaDiffer, type SchemaDiffer } from '../../lib/db/schema-engine/diff';
import { writeMigration } from '../../lib/db/schema-engine/new-migration';

// Drift between prisma/migrations and prisma/schema.prisma, judged by Prisma's
// own schema engine (WASM) replaying the migrations on a throwaway shadow
// database: the check behind `npm run db:diff -- --check`.
const MIGRATIONS = path.resolve('prisma/migrations');
const SCHEMA = path.resolve('prisma/schema.prisma');
const INIT = '20261126000000_init/migration.sql';

let differ: SchemaDiffer;
let scratch: string;

beforeAll(async () => {
  differ = await openSchemaDiffer();
  scratch = await mkdtemp(path.join(tmpdir(), 'migrations-test-'));
});

afterAll(async () => {
  await differ?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A copy of schema.prisma with one more (optional) User column. */
async function schemaWithNickname(): Promise<string> {
  const original = await readFile(SCHEMA, 'utf8');
  const changed = original.replace(/^model User \{$/m, 'model User {\n  nickname String?');
  expect(changed).not.toBe(original);
  const file = path.join(scratch, `schema-${Date.now()}.prisma`);
  await writeFile(file, changed);
  return file;
}

/** A copy of prisma/migrations, `edit` applied to the initial migration. */
async function migrationsCopy(edit: (sql: string) => string = (sql) => sql): Promise<string> {
  const dir = path.join(scratch, `migrations-${Date.now()}`);
  await cp(MIGRATIONS, dir, { recursive: true });
  const init = path.join(dir, INIT);
  const sql = await readFile(init, 'utf8');
  const edited = edit(sql);
  await writeFile(init, edited);
  return dir;
}

describe('migrations and schema.prisma', () => {
  it('agree: replaying prisma/migrations gives exactly schema.prisma', async () => {
    const diff = await differ.diff({ migrationsDir: MIGRATIONS, schemaPath: SCHEMA });
    expect(diff.sql).toBe('-- This is an empty migration.\n');
    expect(diff.empty).toBe(true);
  });

  it('disagree when schema.prisma gains a field that no migration adds', async () => {
    const diff = await differ.diff({
      migrationsDir: MIGRATIONS,
      schemaPath: await schemaWithNickname(),
    });
    expect(diff.empty).toBe(false);
    expect(diff.sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT;/);
  });

  it('disagree when a migration misses an index or changes an on-delete rule', async () => {
    const dir = await migrationsCopy((sql) =>
      sql
        .replace(/^CREATE INDEX "Article_categoryId_publishedAt_idx".*$/m, '')
        .replace(
          /("PlanItem_planId_fkey" .*) ON DELETE CASCADE/,
          (_, head: string) => `${head} ON DELETE RESTRICT`,
        ),
    );
    const diff = await differ.diff({ migrationsDir: dir, schemaPath: SCHEMA });
    expect(diff.empty).toBe(false);
    expect(diff.sql).toContain(
      'CREATE INDEX "Article_categoryId_publishedAt_idx" ON "Article"("categoryId", "publishedAt" DESC);',
    );
    expect(diff.sql).toMatch(
      /ADD CONSTRAINT "PlanItem_planId_fkey" .* ON DELETE CASCADE ON UPDATE CASCADE;/,
    );
  });

  it('agree again once the authored migration is added after the others', async () => {
    const dir = await migrationsCopy();
    const schemaPath = await schemaWithNickname();
    const before = await differ.diff({ migrationsDir: dir, schemaPath });
    const folder = await writeMigration(dir, 'Add user nickname', before.sql);
    expect(folder).toMatch(/^\d{14}_add_user_nickname$/);
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(names.at(-1)).toBe(folder);
    const after = await differ.diff({ migrationsDir: dir, schemaPath });
    expect(after.empty).toBe(true);
  });
});
