import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { startEmbeddedDb } from '../embedded';
import { engineAdapterFactory } from './adapter';
import { readMigrationList } from './migrations';
import { loadSchemaEngine, panics, type SchemaEngineBindings } from './wasm';

export type SchemaDiffInput = {
  /** Folder holding <timestamp>_<name>/migration.sql. */
  migrationsDir: string;
  /** The Prisma schema the migrations should produce. */
  schemaPath: string;
};

export type SchemaDiff = {
  /** True when the migrations already produce the schema. */
  empty: boolean;
  /** The SQL that takes a database migrated by `migrationsDir` to `schemaPath`. */
  sql: string;
};

export type SchemaDiffer = {
  diff(input: SchemaDiffInput): Promise<SchemaDiff>;
  close(): Promise<void>;
};

/**
 * Opens Prisma's schema engine (WASM) on a throwaway embedded PostgreSQL,
 * used as the shadow database the migrations are replayed on. Nothing
 * touches DATABASE_URL. One differ serves several diffs; close it after.
 */
export async function openSchemaDiffer(): Promise<SchemaDiffer> {
  const bindings = await loadSchemaEngine();
  const scratch = await startEmbeddedDb();
  // The engine's main connection only reads the server version here, so it
  // shares the scratch server; the shadow connection empties it on dispose.
  const adapters = bindMigrationAwareSqlAdapterFactory(
    engineAdapterFactory(scratch.url, scratch.url),
  );
  return {
    diff: (input) => runDiff(bindings, adapters, input),
    close: scratch.stop,
  };
}

/** One diff on its own throwaway server. */
export async function diffMigrationsToSchema(input: SchemaDiffInput): Promise<SchemaDiff> {
  const differ = await openSchemaDiffer();
  try {
    return await differ.diff(input);
  } finally {
    await differ.close();
  }
}

async function runDiff(
  bindings: SchemaEngineBindings,
  adapters: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  { migrationsDir, schemaPath }: SchemaDiffInput,
): Promise<SchemaDiff> {
  const schema = {
    path: path.basename(schemaPath),
    content: await readFile(schemaPath, 'utf8'),
  };
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    adapters,
  );
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrationList(path.resolve(migrationsDir))) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // With exitCode set, the engine answers 2 when there is something to do.
    return { empty: result.exitCode === 0, sql: result.stdout ?? '' };
  } catch (error) {
    throw explain(error);
  } finally {
    engine.free();
  }
}

function explain(error: unknown): Error {
  const panic = panics.last;
  panics.last = '';
  if (panic) return new Error(`Prisma's schema engine panicked: ${panic}`, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
