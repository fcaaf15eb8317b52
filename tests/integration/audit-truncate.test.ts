import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { resetDatabase } from '../helpers/integration';

async function auditRows(): Promise<number> {
  return db().auditEvent.count();
}

beforeEach(async () => {
  await resetDatabase();
  await db().auditEvent.create({
    data: { entityType: 'session', action: 'login_failed', actorEmail: 'a@example.gov.vn' },
  });
});

describe('the audit trail survives TRUNCATE', () => {
  it('refuses TRUNCATE of the audit table and keeps its rows', async () => {
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await auditRows()).toBe(1);
  });

  it('refuses a TRUNCATE that reaches the audit table through CASCADE', async () => {
    await expect(db().$executeRawUnsafe('TRUNCATE "User" CASCADE')).rejects.toThrow(/append-only/);
    expect(await auditRows()).toBe(1);
  });

  it('the test harness can still empty a database made for it', async () => {
    await resetDatabase();
    expect(await auditRows()).toBe(0);
  });
});
