'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { signIn } from '@/lib/auth/config';
import {
  LOGIN_FAILED_MESSAGE,
  type LoginState,
  loginSchema,
  UNAVAILABLE_MESSAGE,
} from '@/lib/auth/schema';

/**
 * The login form. Validation here is for messages only; the rate limit,
 * password check and audit happen in authorize() (lib/auth/config), the
 * single path to a session, which next-auth's signIn calls.
 */
export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const values = { email: String(formData.get('email') ?? '').slice(0, 254) };
  const parsed = loginSchema.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
  });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, message: 'Vui lòng nhập đủ email và mật khẩu.', fieldErrors, values };
  }
  const redirectTo = safeCallbackUrl(formData.get('callbackUrl'));
  try {
    // Redirects (by throwing) on success.
    await signIn('credentials', { ...parsed.data, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { ok: false, message: LOGIN_FAILED_MESSAGE, values };
    }
    if (error instanceof AuthError) {
      console.error('[auth] login failed', error);
      return { ok: false, message: UNAVAILABLE_MESSAGE, values };
    }
    throw error;
  }
  return { ok: true };
}
