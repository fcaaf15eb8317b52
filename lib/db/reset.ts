import pg from 'pg';

const GUARD = '"AuditEvent_no_truncate"';

async function hasTruncateGuard(client: pg.Client): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM pg_trigger WHERE tgname = 'AuditEvent_no_truncate' AND tgrelid = '"AuditEvent"'::regclass`,
  );
  return (rowCount ?? 0) > 0;
}

/**
 * Empties every table but Prisma's migration record. The audit trail refuses
 * TRUNCATE by trigger; only tests and the e2e harness call this, on databases
 * made for them, so the trigger is switched off for this one transaction (as
 * the table's owner) and on again before it commits.
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
    const list = rows.map((r) => `"${r.tablename}"`).join(', ');
    const guarded =
      rows.some((r) => r.tablename === 'AuditEvent') && (await hasTruncateGuard(client));
    await client.query('BEGIN');
    try {
      if (guarded) await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ${GUARD}`);
      await client.query(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
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
