import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/core/actor';
import { ForbiddenError } from '../../lib/core/errors';
import { hashPassword } from '../../lib/auth/password';
import { resolveActor } from '../../lib/auth/resolve-actor';
import {
  ABSOLUTE_LIFETIME_MS,
  IDLE_TIMEOUT_MS,
  TOUCH_INTERVAL_MS,
} from '../../lib/auth/session-policy';
import { endAllSessions, endSession } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { endUserSessions } from '../../lib/users/sessions';
import { emptyDatabaseEachTest } from '../helpers/integration';
import { logIn, type SessionClaims } from '../helpers/sessions';

const PASSWORD = 'demo-Portal-2023';
const MINUTE = 60_000;

async function makeUser(email: string, role: Role = 'EDITOR') {
  return db().user.create({
    data: { email, name: email, role, passwordHash: await hashPassword(PASSWORD) },
  });
}

/** The actor a request with these claims would get; throws when refused. */
async function actorOf(claims: SessionClaims, now?: Date): Promise<Actor> {
  const actor = await resolveActor(claims, null, now);
  if (!actor) throw new Error('session refused');
  return actor;
}

async function lastSeen(claims: SessionClaims): Promise<number | undefined> {
  const row = await db().userSession.findUnique({ where: { id: claims.sessionId } });
  return row?.lastSeenAt.getTime();
}

emptyDatabaseEachTest();

describe('logging out ends the session on the server', () => {
  it('a cookie replayed after "Đăng xuất" is refused; another device stays logged in', async () => {
    await makeUser('bientap@example.gov.vn');
    const office = await logIn('bientap@example.gov.vn', PASSWORD);
    const home = await logIn('bientap@example.gov.vn', PASSWORD);
    await endSession(await actorOf(office));
    expect(await resolveActor(office)).toBeNull();
    expect(await resolveActor(home)).not.toBeNull();
    const [row] = await db().auditEvent.findMany({ where: { action: 'logout' } });
    expect(row).toMatchObject({ entityType: 'session', actorEmail: 'bientap@example.gov.vn' });
  });

  it('"Đăng xuất khỏi mọi thiết bị" ends every session of that user only', async () => {
    await makeUser('bientap@example.gov.vn');
    await makeUser('bientap2@example.gov.vn');
    const office = await logIn('bientap@example.gov.vn', PASSWORD);
    const home = await logIn('bientap@example.gov.vn', PASSWORD);
    const colleague = await logIn('bientap2@example.gov.vn', PASSWORD);
    expect(await endAllSessions(await actorOf(home))).toBe(2);
    expect(await resolveActor(office)).toBeNull();
    expect(await resolveActor(home)).toBeNull();
    expect(await resolveActor(colleague)).not.toBeNull();
  });

  it("an admin ends a user's sessions; the account can log in again; audited", async () => {
    const admin = await actorOf(
      await (async () => {
        await makeUser('quantri@example.gov.vn', 'ADMIN');
        return logIn('quantri@example.gov.vn', PASSWORD);
      })(),
    );
    const target = await makeUser('bientap@example.gov.vn');
    const stolen = await logIn(target.email, PASSWORD);
    expect(await endUserSessions(admin, target.id)).toBe(1);
    expect(await resolveActor(stolen)).toBeNull();
    expect(await resolveActor(await logIn(target.email, PASSWORD))).not.toBeNull();
    const [row] = await db().auditEvent.findMany({ where: { action: 'end_sessions' } });
    expect(row).toMatchObject({ entityType: 'user', entityId: target.id, actorId: admin.id });
  });

  it("refuses to let a non-admin end someone else's sessions", async () => {
    await makeUser('bientap@example.gov.vn');
    const target = await makeUser('pheduyet@example.gov.vn', 'APPROVER');
    const victim = await logIn(target.email, PASSWORD);
    const editor = await actorOf(await logIn('bientap@example.gov.vn', PASSWORD));
    await expect(endUserSessions(editor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await resolveActor(victim)).not.toBeNull();
  });
});

describe('idle timeout and absolute lifetime', () => {
  it('ends a session left idle for 30 minutes, and forgets it', async () => {
    await makeUser('bientap@example.gov.vn');
    const claims = await logIn('bientap@example.gov.vn', PASSWORD);
    const start = (await lastSeen(claims)) ?? 0;
    expect(
      await resolveActor(claims, null, new Date(start + IDLE_TIMEOUT_MS - MINUTE)),
    ).not.toBeNull();
    const later = (await lastSeen(claims)) ?? 0;
    expect(await resolveActor(claims, null, new Date(later + IDLE_TIMEOUT_MS))).toBeNull();
    expect(await lastSeen(claims)).toBeUndefined();
  });

  it('ends an active session 12 hours after login however busy', async () => {
    await makeUser('bientap@example.gov.vn');
    const claims = await logIn('bientap@example.gov.vn', PASSWORD);
    const start = (await lastSeen(claims)) ?? 0;
    for (let t = 20 * MINUTE; t < ABSOLUTE_LIFETIME_MS; t += 20 * MINUTE) {
      expect(await resolveActor(claims, null, new Date(start + t))).not.toBeNull();
    }
    expect(await resolveActor(claims, null, new Date(start + ABSOLUTE_LIFETIME_MS))).toBeNull();
  });

  it('records activity at most once a minute, not on every request', async () => {
    await makeUser('bientap@example.gov.vn');
    const claims = await logIn('bientap@example.gov.vn', PASSWORD);
    const start = (await lastSeen(claims)) ?? 0;
    await actorOf(claims, new Date(start + TOUCH_INTERVAL_MS - 1000));
    expect(await lastSeen(claims)).toBe(start);
    await actorOf(claims, new Date(start + TOUCH_INTERVAL_MS));
    expect(await lastSeen(claims)).toBe(start + TOUCH_INTERVAL_MS);
  });

  it('a login deletes sessions that expired, so the table does not grow', async () => {
    await makeUser('bientap@example.gov.vn');
    const old = await logIn('bientap@example.gov.vn', PASSWORD);
    await db().userSession.update({
      where: { id: old.sessionId },
      data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - MINUTE) },
    });
    await logIn('bientap@example.gov.vn', PASSWORD);
    expect(await lastSeen(old)).toBeUndefined();
    expect(await db().userSession.count()).toBe(1);
  });
});
