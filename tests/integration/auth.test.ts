import { describe, expect, it, vi } from 'vitest';
import { authenticate } from '../../lib/auth/authenticate';
import { hashPassword } from '../../lib/auth/password';
import { isLoginBlocked } from '../../lib/auth/rate-limit';
import { resolveActor } from '../../lib/auth/resolve-actor';
import { db } from '../../lib/db/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { emptyDatabaseEachTest } from '../helpers/integration';
import { logIn } from '../helpers/sessions';

const PASSWORD = 'demo-Portal-2023';
const IP = '203.0.113.10';

async function makeUser(email: string, role: Role = 'EDITOR', active = true) {
  return db().user.create({
    data: { email, name: 'Nguyễn Văn A', role, active, passwordHash: await hashPassword(PASSWORD) },
  });
}

async function failTimes(n: number, email: string, ip = IP) {
  for (let i = 0; i < n; i += 1) {
    const result = await authenticate({ email, password: `wrong-${i}`, ip });
    expect(result).toEqual({ ok: false, reason: 'invalid' });
  }
}

function audit(action: string) {
  return db().auditEvent.findMany({
    where: { entityType: 'session', action },
    orderBy: { id: 'asc' },
  });
}

emptyDatabaseEachTest();

describe('authenticate', () => {
  it('logs in with the right password (email case ignored) and records it with the address', async () => {
    const user = await makeUser('bientap@example.gov.vn', 'APPROVER');
    const result = await authenticate({
      email: ' BienTap@Example.gov.vn ',
      password: PASSWORD,
      ip: IP,
    });
    expect(result).toEqual({
      ok: true,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: 'APPROVER',
        sessionVersion: 0,
        sessionId: expect.any(String),
      },
    });
    const [row] = await audit('login');
    expect(row).toMatchObject({ actorId: user.id, actorEmail: user.email, ip: IP });
  });

  it('refuses a wrong password and audits the failure with actor and address', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    expect(await authenticate({ email: user.email, password: 'nope', ip: IP })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const rows = await audit('login_failed');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, actorEmail: user.email, ip: IP });
    expect(await audit('login')).toHaveLength(0);
  });

  it('audits an unknown email with no actor', async () => {
    await authenticate({ email: 'ai-do@example.gov.vn', password: PASSWORD, ip: IP });
    const [row] = await audit('login_failed');
    expect(row).toMatchObject({ actorId: null, actorEmail: 'ai-do@example.gov.vn', ip: IP });
  });

  it('refuses a deactivated account even with the right password, like a wrong one', async () => {
    const user = await makeUser('cu@example.gov.vn', 'EDITOR', false);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: IP })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('login rate limit', () => {
  it('refuses the 6th attempt after 5 failures, even with the right password', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    await failTimes(5, user.email);
    expect(
      await authenticate({ email: user.email, password: PASSWORD, ip: '198.51.100.1' }),
    ).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    expect(await isLoginBlocked({ email: user.email, ip: null }, { reserved: false })).toBe(true);
    expect(await audit('login')).toHaveLength(0);
  });

  it('allows 4 failures then a success, and a success clears the account count', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    await failTimes(4, user.email, '198.51.100.2');
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: IP })).ok).toBe(true);
    await failTimes(4, user.email, '198.51.100.3');
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: IP })).ok).toBe(true);
  });

  it('lets a login through again once the failures are older than 15 minutes', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    await failTimes(5, user.email);
    await db().$executeRaw`UPDATE "LoginAttempt" SET "at" = "at" - interval '16 minutes'`;
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: IP })).ok).toBe(true);
  });

  it('never lets more than 5 passwords be tried, simultaneous guesses included', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        authenticate({ email: user.email, password: `guess-${i}`, ip: `198.51.100.${i + 20}` }),
      ),
    );
    let tried = burst.filter((r) => !r.ok && r.reason === 'invalid').length;
    // Keep guessing one at a time until refused: the total tried is exactly the limit.
    for (let i = 0; i < 10; i += 1) {
      const result = await authenticate({ email: user.email, password: `later-${i}`, ip: IP });
      if (!result.ok && result.reason === 'rate_limited') break;
      tried += 1;
    }
    expect(tried).toBe(5);
    expect((await authenticate({ email: user.email, password: PASSWORD, ip: IP })).ok).toBe(false);
  });

  it('holds in a freshly started server (the count is in the database)', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    await failTimes(5, user.email);
    // A new process: new modules and a new database connection pool.
    await db().$disconnect();
    (globalThis as { prisma?: unknown }).prisma = undefined;
    vi.resetModules();
    const fresh = await import('../../lib/auth/authenticate');
    expect(
      await fresh.authenticate({ email: user.email, password: PASSWORD, ip: '198.51.100.5' }),
    ).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
  });
});

describe('resolveActor (the per-request session check)', () => {
  it('turns a current session into an actor whose role comes from the database', async () => {
    const user = await makeUser('quantri@example.gov.vn', 'ADMIN');
    const claims = await logIn(user.email, PASSWORD);
    const actor = await resolveActor({ ...claims, role: 'EDITOR' }, IP);
    expect(actor).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'ADMIN',
      ip: IP,
      sessionId: claims.sessionId,
    });
  });

  it('refuses the open session of a deactivated user at once', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    const claims = await logIn(user.email, PASSWORD);
    expect(await resolveActor(claims)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveActor(claims)).toBeNull();
  });

  it('refuses a session issued before the account changed (sessionVersion moved on)', async () => {
    const user = await makeUser('bientap@example.gov.vn');
    const claims = await logIn(user.email, PASSWORD);
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveActor(claims)).toBeNull();
    expect(await resolveActor({ ...claims, sessionVersion: 1 })).not.toBeNull();
  });

  it("refuses missing or malformed session data, and another user's session id", async () => {
    const user = await makeUser('bientap@example.gov.vn');
    const other = await makeUser('bientap2@example.gov.vn');
    const claims = await logIn(user.email, PASSWORD);
    const values = [null, undefined, {}, { id: '', sessionVersion: 0 }, { id: 'x' }, 'id'];
    for (const value of values) expect(await resolveActor(value)).toBeNull();
    expect(await resolveActor({ ...claims, sessionId: undefined })).toBeNull();
    expect(await resolveActor({ ...claims, sessionId: 'no-such-session' })).toBeNull();
    expect(await resolveActor({ ...claims, id: other.id })).toBeNull();
  });
});
