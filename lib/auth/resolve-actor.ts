import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import type { Actor } from '../core/actor';
import { sessionVerdict } from './session-policy';

/** What the session token carries about the user; everything else is read fresh. */
const sessionUserSchema = z.object({
  id: z.string().min(1),
  sessionVersion: z.number().int().nonnegative(),
  sessionId: z.string().min(1),
});

/**
 * Turns the user claimed by a verified session cookie into an Actor, or
 * null. The database is asked every time: the cookie's session must still
 * exist (logging out deletes it), be within its idle timeout and absolute
 * lifetime, and belong to an active account whose sessionVersion has not
 * moved on (deactivation, role change, password reset). The role comes from
 * the database too, never from the token. Activity is recorded at most once
 * a minute (see sessionVerdict).
 */
export async function resolveActor(
  sessionUser: unknown,
  ip: string | null = null,
  now: Date = new Date(),
): Promise<Actor | null> {
  const claimed = sessionUserSchema.safeParse(sessionUser);
  if (!claimed.success) return null;
  const { id: userId, sessionId, sessionVersion } = claimed.data;
  const session = await db().userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      user: { select: { email: true, name: true, role: true, active: true, sessionVersion: true } },
    },
  });
  if (!session || session.userId !== userId) return null;
  const { user } = session;
  if (!user.active || user.sessionVersion !== sessionVersion) return null;
  const verdict = sessionVerdict(session, now);
  if (verdict === 'expired') {
    await db().userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (verdict === 'touch') {
    await db().userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { id: userId, email: user.email, name: user.name, role: user.role, ip, sessionId };
}
