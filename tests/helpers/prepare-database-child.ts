// `npm start`'s database step alone, run in the current folder as a checkout's
// `npm start` would run it (EMBEDDED_DB_DIR's default, its migrations): it
// prepares the embedded database, runs the SQL given as argument, prints the
// log and then the rows as JSON on a line starting with "rows ", and stops.
import pg from 'pg';
import { prepareDatabase } from '../../scripts/lib/database';

async function main() {
  const sql = process.argv[2];
  if (!sql) throw new Error('usage: prepare-database-child.ts <sql>');
  const database = await prepareDatabase({ log: (line) => console.log(line) });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    console.log(`rows ${JSON.stringify((await client.query(sql)).rows)}`);
  } finally {
    await client.end();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
