import { env } from '../env';

// Development and tests only: a fixed value, so every module instance (the
// proxy and the server) decodes the same cookies. Never used in production.
const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production';

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
