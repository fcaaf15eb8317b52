import { env } from '../env';
import type { Tx } from '../spam';

/** Per person (email): a few items in a burst, a few dozen a day. */
export const EMAIL_BURST = { max: 5, windowMs: 10 * 60_000 };
export const EMAIL_DAY = { max: 30, windowMs: 24 * 3_600_000 };
/** Per network address, in the same 10 minutes (FEEDBACK_ADDRESS_LIMIT). */
export const ADDRESS_WINDOW_MS = 10 * 60_000;

export type LimitKey = { emailHash: string; sourceHash: string | null };
export type LimitVerdict = 'ok' | 'email' | 'address';

/**
 * Whether one more item from this person and address may be accepted. The
 * person is counted by email. The address limit stops a flood from one
 * machine, yet never shuts out a whole office behind one NAT address: past
 * it, people who have confirmed an email before are still accepted, and each
 * person stays bound by their own email limit. Run inside the submitting
 * transaction after lockSender(), so one person's parallel posts count each
 * other.
 */
export async function checkLimits(tx: Tx, key: LimitKey, now: Date): Promise<LimitVerdict> {
  const since = (ms: number) => new Date(now.getTime() - ms);
  // One indexed range read (emailHash, createdAt) answers both email limits.
  const [mine] = await tx.$queryRaw<{ burst: number; day: number }[]>`
    SELECT count(*) FILTER (WHERE "createdAt" >= ${since(EMAIL_BURST.windowMs)})::int AS burst,
           count(*)::int AS day
    FROM "Feedback" WHERE "emailHash" = ${key.emailHash} AND "createdAt" >= ${since(EMAIL_DAY.windowMs)}`;
  if (!mine || mine.burst >= EMAIL_BURST.max || mine.day >= EMAIL_DAY.max) return 'email';
  if (!key.sourceHash) return 'ok';
  const limit = env().FEEDBACK_ADDRESS_LIMIT;
  const fromAddress = await tx.feedback.count({
    where: { sourceHash: key.sourceHash, createdAt: { gte: since(ADDRESS_WINDOW_MS) } },
    take: limit,
  });
  if (fromAddress < limit) return 'ok';
  return (await hasConfirmedBefore(tx, key.emailHash)) ? 'ok' : 'address';
}

async function hasConfirmedBefore(tx: Tx, emailHash: string): Promise<boolean> {
  const row = await tx.feedback.findFirst({
    where: { emailHash, verifiedAt: { not: null } },
    select: { id: true },
  });
  return row !== null;
}

/** Serialises one person's submissions (transaction-scoped advisory lock on the email hash). */
export async function lockSender(tx: Tx, emailHash: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${emailHash}, 17))`;
}
