import { createHash, createHmac, randomBytes } from 'node:crypto';
import { authSecret } from '../auth/secret';

/**
 * Keyed hash of a normalised email: per-email limits, export and erasure find
 * a person's items by it, while the hash alone (without the server's secret)
 * cannot be checked against a list of addresses. The key is derived from
 * AUTH_SECRET, already the same on every instance.
 */
export function emailHashOf(email: string): string {
  const key = createHash('sha256').update(`feedback-email:${authSecret()}`).digest();
  return createHmac('sha256', key).update(normaliseEmail(email)).digest('base64url');
}

/** Lowercase, trimmed, NFC: "An@Example.VN " and "an@example.vn" are one person. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** A fresh secret for the emailed link; only its hash is stored. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: linkTokenHash(token) };
}

/** The stored form of a link token (SHA-256: the token itself is random, 192 bits). */
export function linkTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Whether a string can be a link token at all (checked before any query). */
export function isLinkToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value);
}
