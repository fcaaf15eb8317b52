import type { Actor, Role } from './actor';
import { ForbiddenError } from '../workflow/errors';

/** Refuses (ForbiddenError) unless the actor's role is one of `roles`. For lib/ functions given an actor. */
export function assertRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}
