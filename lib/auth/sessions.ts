import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/record';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { Actor } from '../core/actor';
import { auditActor } from './audit-actor';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from './session-policy';

/** Expired sessions deleted per login: bounded, so no login waits on a large delete. */
const PRUNE_BATCH = 500;

/**
 * Opens a server-side session for a user who just proved their password
 * (inside the login's transaction) and returns its id, which the signed
 * session cookie carries. 256 random bits: not guessable, not derived.
 */
export async function startSession(tx: Prisma.TransactionClient, userId: string): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await tx.userSession.create({ data: { id, userId } });
  return id;
}

/** Deletes up to PRUNE_BATCH sessions past their idle timeout or absolute lifetime. */
export async function pruneExpiredSessions(now = new Date()): Promise<number> {
  const idleCutoff = new Date(now.getTime() - IDLE_TIMEOUT_MS);
  const lifeCutoff = new Date(now.getTime() - ABSOLUTE_LIFETIME_MS);
  return db().$executeRaw`
    DELETE FROM "UserSession" WHERE "id" IN (
      SELECT "id" FROM "UserSession"
      WHERE "lastSeenAt" < ${idleCutoff} OR "createdAt" < ${lifeCutoff}
      LIMIT ${PRUNE_BATCH}
    )`;
}

/**
 * "Đăng xuất": ends the caller's own session on the server, so the cookie
 * stops working everywhere, even a copy taken before. Audited.
 */
export async function endSession(actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    if (actor.sessionId) {
      await tx.userSession.deleteMany({ where: { id: actor.sessionId, userId: actor.id } });
    }
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'session',
      entityId: actor.id,
      action: 'logout',
    });
  });
}

/** "Đăng xuất khỏi mọi thiết bị": ends every session of the caller. Audited. */
export async function endAllSessions(actor: Actor): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, {
      ...auditActor(actor),
      entityType: 'session',
      entityId: actor.id,
      action: 'logout_everywhere',
      note: `${count} phiên`,
    });
    return count;
  });
}
