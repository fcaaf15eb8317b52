import pg from 'pg';

const GUARD = '"AuditEvent_no_truncate"';

async function hasTruncateGuard(client: pg.Client): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM pg_trigger WHERE tgname = 'AuditEvent_no_truncate' AND tgrelid = '"AuditEvent"'::regclass`,
  );
  return (rowCount ?? 0) > 0;
}

/**
 * The tables that hold at least one row, and the sequences that have been
 * used, in one round trip. TRUNCATE makes new files for a table and each of
 * its indexes, about a second for the whole schema, while a test touches a
 * handful of tables: only those need it.
 */
async function usedTablesAndSequences(
  client: pg.Client,
  tables: string[],
): Promise<{ tables: string[]; sequences: string[] }> {
  const probes = tables.map(
    (t) =>
      `SELECT ${pg.escapeLiteral(t)} AS name WHERE EXISTS (SELECT 1 FROM ${pg.escapeIdentifier(t)})`,
  );
  const [used, sequences] = await Promise.all([
    client.query<{ name: string }>(probes.map((p) => `(${p})`).join(' UNION ALL ')),
    client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name FROM pg_sequences
       WHERE schemaname = current_schema() AND last_value IS NOT NULL`,
    ),
  ]);
  return { tables: used.rows.map((r) => r.name), sequences: sequences.rows.map((r) => r.name) };
}

/**
 * Empties every table but Prisma's migration record, and starts every
 * sequence again. The audit trail refuses TRUNCATE by trigger; only tests
 * and the e2e harness call this, on databases made for them, so the trigger
 * is switched off for this one transaction (as the table's owner) and on
 * again before it commits.
 */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables
       WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length === 0) return;
    const used = await usedTablesAndSequences(
      client,
      rows.map((r) => r.tablename),
    );
    if (used.tables.length === 0 && used.sequences.length === 0) return;
    const guarded = used.tables.includes('AuditEvent') && (await hasTruncateGuard(client));
    await client.query('BEGIN');
    try {
      if (guarded) await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ${GUARD}`);
      if (used.tables.length > 0) {
        const list = used.tables.map((t) => pg.escapeIdentifier(t)).join(', ');
        await client.query(`TRUNCATE ${list} CASCADE`);
      }
      for (const sequence of used.sequences) {
        await client.query(`ALTER SEQUENCE ${sequence} RESTART`);
      }
      if (guarded) await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ${GUARD}`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await client.end();
  }
}
