import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

/** Header carrying the token on the scheduler's calls to its own server. */
export const INTERNAL_TOKEN_HEADER = 'x-internal-token';

// On globalThis: instrumentation.ts and the route handler are bundled
// separately but run in one process, and must agree on the token.
const holder = globalThis as unknown as { __internalToken?: string };

/**
 * The token of this server process: INTERNAL_TOKEN when configured, else
 * random, made on first use (at start-up, by the scheduler) and never
 * written anywhere.
 */
export function internalToken(): string {
  holder.__internalToken ??= env().INTERNAL_TOKEN ?? randomBytes(32).toString('base64url');
  return holder.__internalToken;
}

/** Whether `candidate` is this process's token (constant-time comparison). */
export function isInternalToken(candidate: string | null): boolean {
  const expected = holder.__internalToken ?? env().INTERNAL_TOKEN;
  if (!expected || !candidate) return false;
  // Hashing first gives equal lengths, which timingSafeEqual requires.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(candidate), digest(expected));
}
