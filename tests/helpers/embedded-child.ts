// A process that starts the embedded database on the folder given as its
// argument, commits one row, says "ready <postmaster pid>" and waits to be
// killed: the stand-in for a portal that dies without stopping its database.
import pg from 'pg';
import { startEmbeddedDb } from '../../lib/db/embedded';

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: embedded-child.ts <dir>');
  const database = await startEmbeddedDb(dir);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS kept (note text)');
  await client.query("INSERT INTO kept VALUES ('trước khi bị dừng đột ngột')");
  await client.end();
  console.log(`ready ${database.pid}`);
  setInterval(() => {}, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
