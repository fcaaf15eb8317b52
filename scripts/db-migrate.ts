// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (offline;
// recorded in _prisma_migrations like `prisma migrate deploy`).
import { env } from '../lib/env';
import { applyMigrations } from '../lib/db/migrate';

const url = env().DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. (npm start migrates the embedded database by itself.)');
  process.exit(1);
}
applyMigrations(url, undefined, (line) => console.log(line))
  .then((applied) => console.log(applied.length ? `${applied.length} applied.` : 'Up to date.'))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
