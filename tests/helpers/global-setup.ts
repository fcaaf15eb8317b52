import type { TestProject } from 'vitest/node';
import { type EmbeddedDb, startEmbeddedDb } from '../../lib/db/embedded';
import { applyMigrations } from '../../lib/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedDb | undefined;

/**
 * Integration tests run on a real PostgreSQL server: TEST_DATABASE_URL, else
 * a throwaway embedded cluster started here. Never DATABASE_URL: the tests
 * empty the database they are given.
 */
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDb();
    url = embedded.url;
  }
  await applyMigrations(url);
  project.provide('databaseUrl', url);
  return async () => {
    await embedded?.stop();
  };
}
