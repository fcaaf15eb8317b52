import 'server-only';
import NextAuth, { type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from './authenticate';
import { baseAuthConfig } from './base-config';
import { clientIpFrom } from './ip';
import { loginSchema } from './schema';

const credentials = Credentials({
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  // The one path to a session, whether through the login form's Server
  // Action or a direct POST to /api/auth/callback/credentials.
  async authorize(input, request) {
    const parsed = loginSchema.safeParse(input);
    if (!parsed.success) return null;
    const result = await authenticate({ ...parsed.data, ip: clientIpFrom(request.headers) });
    // A lockout fails like a wrong password: the person sees one message.
    if (!result.ok) return null;
    // Extra fields are read (and validated) by the jwt callback.
    const user: User & typeof result.user = result.user;
    return user;
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [credentials],
}));
