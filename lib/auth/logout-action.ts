'use server';

import { signOut } from './config';
import { getActor } from './session';
import { endAllSessions, endSession } from './sessions';

/**
 * "Đăng xuất": ends this session on the server (a copy of the cookie stops
 * working too), clears the cookie, back to the login page.
 */
export async function logoutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSession(actor);
  await signOut({ redirectTo: '/dang-nhap' });
}

/** "Đăng xuất khỏi mọi thiết bị": ends every session of the caller, this one included. */
export async function logoutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endAllSessions(actor);
  await signOut({ redirectTo: '/dang-nhap' });
}
