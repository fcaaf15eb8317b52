import { env } from '../../lib/env';
import { type EmbeddedDb, startEmbeddedDb } from '../../lib/db/embedded';
import { applyMigrations } from '../../lib/db/migrate';

export type PreparedDb = { url: string; embedded: EmbeddedDb | null };

/**
 * The database the portal runs on: DATABASE_URL when set, else the embedded
 * PostgreSQL kept in EMBEDDED_DB_DIR (or a throwaway cluster when dataDir is null).
 * Migrations are applied either way.
 */
export async function prepareDatabase(opts: {
  url?: string;
  dataDir?: string | null;
  log?: (line: string) => void;
}): Promise<PreparedDb> {
  const log = opts.log ?? (() => {});
  let embedded: EmbeddedDb | null = null;
  let url = opts.url;
  if (!url) {
    const dataDir = opts.dataDir === undefined ? env().EMBEDDED_DB_DIR : opts.dataDir;
    log(`Starting the embedded PostgreSQL (${dataDir ?? 'throwaway cluster'})…`);
    embedded = await startEmbeddedDb(dataDir ?? undefined, { log });
    url = embedded.url;
    log(`Embedded PostgreSQL running on ${new URL(url).host}, its cluster in ${embedded.dir}.`);
  }
  const applied = await applyMigrations(url, undefined, (line) => log(`  migration ${line}`));
  log(
    applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.',
  );
  return { url, embedded };
}
