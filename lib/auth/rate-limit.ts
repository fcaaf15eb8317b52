import 'server-only';
import { db } from '../db/client';

/** Failed logins allowed per account and per IP address within the window. */
export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const RATE_LIMITED_MESSAGE =
  'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.';

/** Stored in LoginAttempt.ip when the request carried no usable address. */
export const UNKNOWN_IP = 'unknown';

export type AttemptKey = { email: string; ip: string | null };

/**
 * Records an attempt as a failure before the password is checked. Counting
 * only after this row is committed means parallel guesses see each other:
 * whichever counts last sees them all, so no more than MAX_LOGIN_FAILURES
 * passwords are ever tried per window, races included. The limit lives in
 * the database, so it holds across restarts and server instances.
 */
export async function reserveAttempt(key: AttemptKey): Promise<bigint> {
  const row = await db().loginAttempt.create({
    data: { email: key.email, ip: key.ip ?? UNKNOWN_IP, success: false },
    select: { id: true },
  });
  return row.id;
}

/** Drops the reservation of an attempt refused by the limit: no password was tried. */
export async function releaseAttempt(id: bigint): Promise<void> {
  await db().loginAttempt.deleteMany({ where: { id } });
}

/**
 * True when the account or the address has more than MAX_LOGIN_FAILURES
 * failures within the window (counting a reservation made by the caller) —
 * or, called without a reservation, when one more attempt would exceed it.
 * A successful login clears the account's count, never the address's: one
 * valid account must not let an address keep guessing others.
 */
export async function isLoginBlocked(
  key: AttemptKey,
  options: { reserved: boolean; now?: Date } = { reserved: true },
): Promise<boolean> {
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const limit = options.reserved ? MAX_LOGIN_FAILURES : MAX_LOGIN_FAILURES - 1;
  const lastSuccess = await db().loginAttempt.findFirst({
    where: { email: key.email, success: true, at: { gt: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const accountSince = lastSuccess?.at ?? windowStart;
  const accountFailures = await db().loginAttempt.count({
    where: { email: key.email, success: false, at: { gt: accountSince } },
  });
  if (accountFailures > limit) return true;
  // Without a known address every request would share one bucket, and five
  // typos anywhere would lock everybody out; the per-account limit remains.
  if (!key.ip) return false;
  const ipFailures = await db().loginAttempt.count({
    where: { ip: key.ip, success: false, at: { gt: windowStart } },
  });
  return ipFailures > limit;
}
