import { db } from '../../lib/db/client';

/**
 * Empties every table (TRUNCATE bypasses the audit trail's row trigger,
 * which only tests may do). Call in beforeEach/beforeAll of a test file.
 */
export async function resetDatabase(): Promise<void> {
  const rows = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  const list = rows.map((r) => `"${r.tablename}"`).join(', ');
  await db().$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
