import { db } from '../db/client';
import type { Tx } from '../spam';
import { isLinkToken, linkTokenHash } from './identity';
import { type ItemPage, itemPage, targetSelect } from './target';

/** What the emailed link's page shows about the item (never the email). */
export type LinkedFeedback = {
  id: string;
  body: string;
  state: 'PENDING' | 'PUBLISHED' | 'REJECTED' | 'HIDDEN' | 'WITHDRAWN';
  verified: boolean;
  /** Where it is (or would be) shown: the article or the consultation. */
  page: ItemPage;
};

/** The item an emailed link points at, or null (unknown, malformed or erased token). */
export async function findByLinkToken(token: unknown): Promise<LinkedFeedback | null> {
  if (!isLinkToken(token)) return null;
  const row = await db().feedback.findUnique({
    where: { tokenHash: linkTokenHash(token) },
    select: {
      id: true,
      body: true,
      state: true,
      verifiedAt: true,
      ...targetSelect,
    },
  });
  if (!row) return null;
  const { article, consultation, verifiedAt, ...rest } = row;
  return { ...rest, verified: verifiedAt !== null, page: itemPage({ article, consultation }) };
}

/**
 * Marks the item "đã xác thực email": the person opened the link sent to the
 * address they gave. Idempotent. Confirmation is a POST from the link's page,
 * never the GET itself, so a mail scanner opening links confirms nothing.
 * Returns the cache tags of its page when a published item changed (they
 * must be expired), else none.
 */
export async function confirmFeedback(token: unknown, now = new Date()) {
  const item = await findByLinkToken(token);
  if (!item || item.state === 'WITHDRAWN') return { ok: false as const };
  if (!item.verified) {
    await db().feedback.updateMany({
      where: { id: item.id, verifiedAt: null },
      data: { verifiedAt: now },
    });
  }
  return { ok: true as const, expireTags: item.state === 'PUBLISHED' ? item.page.tags : [] };
}

/**
 * The person takes their feedback back: whatever its state, it becomes
 * WITHDRAWN and its text, name, email and hashes are erased, so nothing of it
 * can be shown or found again. Returns the cache tags of its page when the
 * item was public (they must be expired).
 */
export async function withdrawFeedback(token: unknown, now = new Date()) {
  const item = await findByLinkToken(token);
  if (!item) return { ok: false as const };
  await db().$transaction((tx) => eraseItems(tx, { id: item.id }, now, true));
  return { ok: true as const, expireTags: item.state === 'PUBLISHED' ? item.page.tags : [] };
}

/**
 * Erases personal data of the matching items; with `withdraw`, their text
 * too, and they leave every public and staff list (state WITHDRAWN, version
 * bumped so a moderator's open form reports a conflict instead of acting on
 * an erased item). Returns how many items were erased.
 */
export async function eraseItems(
  tx: Tx,
  where: { id: string } | { id: { in: string[] } },
  now: Date,
  withdraw: boolean,
): Promise<number> {
  const personal = { email: null, emailHash: null, sourceHash: null, erasedAt: now };
  const content = withdraw
    ? {
        state: 'WITHDRAWN' as const,
        body: '',
        name: '',
        tokenHash: null,
        version: { increment: 1 },
      }
    : {};
  const { count } = await tx.feedback.updateMany({ where, data: { ...personal, ...content } });
  return count;
}
