import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` and returns the
 * folder name. The timestamp is UTC (as Prisma names them) and always sorts
 * after the newest existing migration, because applyMigrations runs them in
 * name order.
 */
export async function writeMigration(
  migrationsDir: string,
  name: string,
  sql: string,
  now = new Date(),
): Promise<string> {
  const slug = migrationSlug(name);
  if (!slug) throw new Error(`"${name}" gives an empty migration name: use letters and digits.`);
  const stamp = nextTimestamp(await newestTimestamp(migrationsDir), now);
  const folder = `${stamp}_${slug}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: false });
  await writeFile(path.join(migrationsDir, folder, 'migration.sql'), sql, { flag: 'wx' });
  return folder;
}

/** "Add event slug!" -> "add_event_slug" (ASCII, as folder names travel). */
export function migrationSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
}

async function newestTimestamp(migrationsDir: string): Promise<string | undefined> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name))
    .map((e) => e.name.slice(0, 14))
    .sort()
    .at(-1);
}

function nextTimestamp(newest: string | undefined, now: Date): string {
  const stamp = formatStamp(now);
  if (!newest || stamp > newest) return stamp;
  // The clock is behind the newest migration (or in the same second).
  const n = newest;
  const iso = `${n.slice(0, 4)}-${n.slice(4, 6)}-${n.slice(6, 8)}T${n.slice(8, 10)}:${n.slice(10, 12)}:${n.slice(12, 14)}Z`;
  return formatStamp(new Date(Date.parse(iso) + 1000));
}

function formatStamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}
