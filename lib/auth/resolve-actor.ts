import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import type { Actor } from './actor';

/** What the session token carries about the user; everything else is read fresh. */
const sessionUserSchema = z.object({
  id: z.string().min(1),
  sessionVersion: z.number().int().nonnegative(),
});

/**
 * Turns the user claimed by a verified session into an Actor, or null. The
 * database is asked every time: a deactivated account, or one whose
 * sessionVersion moved on (deactivation, role change, password reset), stops
 * working on its very next request although its cookie is still valid. The
 * role comes from the database too, never from the token.
 */
export async function resolveActor(
  sessionUser: unknown,
  ip: string | null = null,
): Promise<Actor | null> {
  const claimed = sessionUserSchema.safeParse(sessionUser);
  if (!claimed.success) return null;
  const user = await db().user.findUnique({
    where: { id: claimed.data.id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user?.active || user.sessionVersion !== claimed.data.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, ip };
}
