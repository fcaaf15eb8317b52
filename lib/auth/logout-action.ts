'use server';

import { recordLogout } from './authenticate';
import { signOut } from './config';
import { getActor } from './session';

/** "Đăng xuất": records the logout, clears the session cookie, back to the login page. */
export async function logoutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await recordLogout(actor);
  await signOut({ redirectTo: '/dang-nhap' });
}
