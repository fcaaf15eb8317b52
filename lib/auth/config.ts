import 'server-only';
import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from './authenticate';
import { baseAuthConfig } from './base-config';
import { clientIpFrom } from './ip';
import { loginSchema } from './schema';

/** Thrown from authorize() so the login form can tell a lockout from bad credentials. */
export class RateLimitedSignin extends CredentialsSignin {
  override code = 'rate_limited';
}

const credentials = Credentials({
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  // The one path to a session, whether through the login form's Server
  // Action or a direct POST to /api/auth/callback/credentials.
  async authorize(input, request) {
    const parsed = loginSchema.safeParse(input);
    if (!parsed.success) return null;
    const result = await authenticate({ ...parsed.data, ip: clientIpFrom(request.headers) });
    if (!result.ok) {
      if (result.reason === 'rate_limited') throw new RateLimitedSignin();
      return null;
    }
    // Extra fields are read (and validated) by the jwt callback.
    const user: User & typeof result.user = result.user;
    return user;
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [credentials],
}));
