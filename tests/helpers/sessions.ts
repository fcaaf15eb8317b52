import { authenticate } from '../../lib/auth/authenticate';

/** What a signed session cookie carries after a real login: what resolveActor is given. */
export type SessionClaims = { id: string; sessionVersion: number; sessionId: string };

/** Logs in through authenticate() and returns the claims its cookie would carry. */
export async function logIn(email: string, password: string): Promise<SessionClaims> {
  const result = await authenticate({ email, password, ip: '203.0.113.60' });
  if (!result.ok) throw new Error(`login of ${email} refused: ${result.reason}`);
  const { id, sessionVersion, sessionId } = result.user;
  return { id, sessionVersion, sessionId };
}
