import 'server-only';
import { cache } from 'react';
import type { Actor } from '../core/actor';
import { auth } from './config';
import { clientIp } from './ip';
import { resolveActor } from './resolve-actor';

/**
 * The logged-in staff member of the current request, or null. Checked
 * against the database on every request (see resolveActor); memoised for
 * the duration of one render.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return resolveActor(session?.user, await clientIp());
});
