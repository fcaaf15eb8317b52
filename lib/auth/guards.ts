import 'server-only';
import { redirect } from 'next/navigation';
import type { Actor } from '../core/actor';
import { getActor } from './session';

/** The current actor; anyone not logged in (or no longer allowed) goes to /dang-nhap. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/dang-nhap');
  return actor;
}
