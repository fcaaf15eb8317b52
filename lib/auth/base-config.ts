import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { env } from '../env';
import { ABSOLUTE_LIFETIME_MS } from './session-policy';

/** The cookie lives as long as the server-side session may (see session-policy). */
const SESSION_MAX_AGE_S = ABSOLUTE_LIFETIME_MS / 1000;

// Development and tests only: a fixed value, so every module instance (the
// proxy and the server) decodes the same cookies. Never used in production.
const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production';

const tokenUserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  name: z.string(),
  role: z.enum(['EDITOR', 'APPROVER', 'ADMIN']),
  sessionVersion: z.number().int(),
  sessionId: z.string().min(1),
});

/** The key that signs and encrypts session tokens; required in production. */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is not set: logins cannot be signed. Set AUTH_SECRET (32+ random characters, e.g. `openssl rand -base64 32`) or start with `npm start`, which creates one for the embedded database.',
    );
  }
  return DEVELOPMENT_SECRET;
}

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
