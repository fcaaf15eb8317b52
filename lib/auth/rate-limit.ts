import 'server-only';
import { db } from '../db/client';

/** Failed logins allowed per account (whatever the address) within the window. */
export const MAX_ACCOUNT_FAILURES = 5;
/**
 * Failed logins allowed per address within the window. Far above the
 * per-account limit: a whole ministry may sit behind one NAT address, and one
 * person's typos must not lock out their colleagues. It still stops one
 * address from guessing across many accounts.
 */
export const MAX_ADDRESS_FAILURES = 100;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Seconds a refused client is told to wait (HTTP Retry-After). */
export const RETRY_AFTER_S = LOGIN_WINDOW_MS / 1000;
/** Old attempts deleted per failed login: bounded so no login waits on a large delete. */
export const PRUNE_BATCH = 500;

/** Stored in LoginAttempt.ip when the request carried no usable address. */
export const UNKNOWN_IP = 'unknown';

export type AttemptKey = { email: string; ip: string | null };

/**
 * Records an attempt as a failure before the password is checked. Counting
 * only after this row is committed means parallel guesses see each other:
 * whichever counts last sees them all, so no more than MAX_ACCOUNT_FAILURES
 * passwords are ever tried per account and window, races included. The limit
 * lives in the database, so it holds across restarts and server instances.
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
 * True when the account has more than MAX_ACCOUNT_FAILURES failures within
 * the window, or the address more than MAX_ADDRESS_FAILURES (counting a
 * reservation made by the caller) — or, called without a reservation, when
 * one more attempt would exceed either. A successful login clears the
 * account's count, never the address's: one valid account must not let an
 * address keep guessing others. An unknown email is counted like a real one,
 * so a lock says nothing about whether the account exists.
 */
export async function isLoginBlocked(
  key: AttemptKey,
  options: { reserved: boolean; now?: Date } = { reserved: true },
): Promise<boolean> {
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const slack = options.reserved ? 0 : 1;
  const lastSuccess = await db().loginAttempt.findFirst({
    where: { email: key.email, success: true, at: { gt: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const accountSince = lastSuccess?.at ?? windowStart;
  const accountFailures = await db().loginAttempt.count({
    where: { email: key.email, success: false, at: { gt: accountSince } },
  });
  if (accountFailures > MAX_ACCOUNT_FAILURES - slack) return true;
  // Without a known address every request would share one bucket; the
  // per-account limit remains.
  if (!key.ip) return false;
  const addressFailures = await db().loginAttempt.count({
    where: { ip: key.ip, success: false, at: { gt: windowStart } },
  });
  return addressFailures > MAX_ADDRESS_FAILURES - slack;
}

/**
 * Deletes up to PRUNE_BATCH attempts older than the window, the oldest first.
 * Called by the server after a failed login, so the table stays bounded with
 * no scheduled job: the limit never looks further back than the window.
 */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LOGIN_WINDOW_MS);
  return db().$executeRaw`
    DELETE FROM "LoginAttempt" WHERE "id" IN (
      SELECT "id" FROM "LoginAttempt" WHERE "at" < ${cutoff} ORDER BY "id" LIMIT ${PRUNE_BATCH}
    )`;
}
