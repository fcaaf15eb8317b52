// `npm run db:diff -- --name <what_changed>`: writes the next migration, the
// SQL that takes a database built by prisma/migrations to prisma/schema.prisma.
// `npm run db:diff -- --check`: prints that SQL; exits 1 when there is any.
// `npm run db:diff -- --name <what> --empty`: an empty migration to fill in by
// hand (triggers, data fixes: what schema.prisma cannot express).
// Prisma 7's `migrate dev` needs a native engine it downloads; this runs
// Prisma's own WASM engine on a throwaway embedded PostgreSQL instead.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffMigrationsToSchema } from '../lib/db/schema-engine/diff';
import { writeMigration } from '../lib/db/schema-engine/new-migration';

const MIGRATIONS_DIR = path.resolve('prisma/migrations');
const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
const USAGE = 'Usage: npm run db:diff -- --name <what_changed> [--empty] | --check';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      check: { type: 'boolean', default: false },
      empty: { type: 'boolean', default: false },
    },
  });
  if (values.check === (values.name !== undefined)) {
    console.error(USAGE);
    return 2;
  }
  if (values.name !== undefined && values.empty) {
    const folder = await writeMigration(
      MIGRATIONS_DIR,
      values.name,
      '-- Hand-written migration.\n',
    );
    console.log(`Wrote prisma/migrations/${folder}/migration.sql: write its SQL by hand.`);
    return 0;
  }
  const diff = await diffMigrationsToSchema({
    migrationsDir: MIGRATIONS_DIR,
    schemaPath: SCHEMA_PATH,
  });
  if (values.check) return report(diff.empty, diff.sql);
  if (diff.empty) {
    console.log('schema.prisma already matches prisma/migrations: no migration written.');
    return 0;
  }
  const folder = await writeMigration(MIGRATIONS_DIR, values.name ?? '', diff.sql);
  console.log(diff.sql);
  console.log(
    `Wrote prisma/migrations/${folder}/migration.sql. Review it, then npm run db:migrate.`,
  );
  return 0;
}

function report(empty: boolean, sql: string): number {
  if (empty) {
    console.log('schema.prisma matches prisma/migrations.');
    return 0;
  }
  console.log(sql);
  console.error(
    'schema.prisma and prisma/migrations disagree (SQL above). Author a migration:\n' +
      '  npm run db:diff -- --name <what_changed>',
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
