import 'server-only';
import { redirect } from 'next/navigation';
import type { Actor, Role } from './actor';
import { assertRole } from './roles';
import { getActor } from './session';

/** The current actor; anyone not logged in (or no longer allowed) goes to /dang-nhap. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/dang-nhap');
  return actor;
}

/**
 * The current actor when their role is one of `roles`. Not logged in goes to
 * /dang-nhap; logged in with another role is refused with ForbiddenError.
 */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  assertRole(actor, ...roles);
  return actor;
}
