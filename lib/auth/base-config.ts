import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { env } from '../env';
import { authSecret } from './secret';
import { ABSOLUTE_LIFETIME_MS } from './session-policy';

export { authSecret } from './secret';

/** The cookie lives as long as the server-side session may (see session-policy). */
const SESSION_MAX_AGE_S = ABSOLUTE_LIFETIME_MS / 1000;

const tokenUserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  name: z.string(),
  role: z.enum(['EDITOR', 'APPROVER', 'ADMIN']),
  sessionVersion: z.number().int(),
  sessionId: z.string().min(1),
});

/** The session cookie: httpOnly, SameSite=Lax, and Secure (with the __Secure- prefix) in production. */
export function sessionCookie() {
  const secure = env().NODE_ENV === 'production';
  return {
    name: secure ? '__Secure-authjs.session-token' : 'authjs.session-token',
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  };
}

/**
 * The part of the next-auth configuration that needs no database: session
 * cookie, token contents and pages. lib/auth/config adds the Credentials
 * provider. Built per request (lazily) so `next build`
 * does not need AUTH_SECRET.
 */
export function baseAuthConfig(): NextAuthConfig {
  const cookie = sessionCookie();
  return {
    secret: authSecret(),
    // Host headers are trusted: the portal runs behind its own proxy or alone.
    trustHost: true,
    providers: [],
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    callbacks: {
      jwt({ token, user }) {
        const parsed = user ? tokenUserSchema.safeParse(user) : undefined;
        if (parsed?.success) {
          token.sub = parsed.data.id;
          token.role = parsed.data.role;
          token.sessionVersion = parsed.data.sessionVersion;
          token.sessionId = parsed.data.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        const claims = tokenUserSchema.safeParse({ ...token, id: token.sub });
        if (!claims.success) return { ...session, user: { ...session.user, id: '' } };
        return { ...session, user: { ...session.user, ...claims.data } };
      },
    },
    logger: {
      // A wrong password is routine, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error('[auth]', error);
      },
    },
  };
}
