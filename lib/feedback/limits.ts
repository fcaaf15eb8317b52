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
  const [burst, day] = await Promise.all([
    countSince(tx, { emailHash: key.emailHash }, since(EMAIL_BURST.windowMs)),
    countSince(tx, { emailHash: key.emailHash }, since(EMAIL_DAY.windowMs)),
  ]);
  if (burst >= EMAIL_BURST.max || day >= EMAIL_DAY.max) return 'email';
  if (!key.sourceHash) return 'ok';
  const fromAddress = await countSince(
    tx,
    { sourceHash: key.sourceHash },
    since(ADDRESS_WINDOW_MS),
    env().FEEDBACK_ADDRESS_LIMIT,
  );
  if (fromAddress < env().FEEDBACK_ADDRESS_LIMIT) return 'ok';
  return (await hasConfirmedBefore(tx, key.emailHash)) ? 'ok' : 'address';
}

/** Items matching `where` since `from`, counted up to `cap` at most (a bounded scan). */
async function countSince(
  tx: Tx,
  where: { emailHash: string } | { sourceHash: string },
  from: Date,
  cap = EMAIL_DAY.max,
): Promise<number> {
  return tx.feedback.count({ where: { ...where, createdAt: { gte: from } }, take: cap });
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
