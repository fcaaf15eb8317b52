import { recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { authorize } from '../core/policy';
import { emailHashOf, normaliseEmail } from './identity';
import { eraseItems } from './links';
import { itemPage, targetSelect } from './target';

/** One item as a person's data export lists it (everything stored about them). */
export type PersonalFeedbackRecord = {
  id: string;
  /** The page it was sent on: an article, or a consultation (Dự thảo). */
  article: string;
  kind: string;
  /** Consultation comments only: stance, commenter type, the version commented on. */
  stance: string | null;
  commenterType: string | null;
  draftVersion: number | null;
  state: string;
  name: string;
  anonymous: boolean;
  email: string | null;
  body: string;
  sentAt: string;
  consentAt: string;
  consentVersion: string;
  emailVerifiedAt: string | null;
  publishedAt: string | null;
  answer: string | null;
};

/** Items of one person: by the email as stored, or by its keyed hash. */
function ofPerson(email: string) {
  const normalised = normaliseEmail(email);
  return { OR: [{ email: normalised }, { emailHash: emailHashOf(normalised) }] };
}

function audited(actor: Actor, action: 'export' | 'erase', email: string, count: number) {
  return (tx: Parameters<typeof recordAudit>[0]) =>
    recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      ip: actor.ip ?? null,
      entityType: 'personal_data',
      // The keyed hash, never the address: the trail must not keep what was erased.
      entityId: emailHashOf(email),
      action,
      note: `${count} ý kiến`,
    });
}

/** Everything stored about one person's feedback (admins only, audited). */
export async function exportPersonalData(
  actor: Actor,
  email: string,
): Promise<PersonalFeedbackRecord[]> {
  authorize(actor, 'managePersonalData');
  const rows = await db().feedback.findMany({
    where: ofPerson(email),
    orderBy: { createdAt: 'asc' },
    include: {
      ...targetSelect,
      draftVersion: { select: { number: true } },
      answer: { select: { state: true, body: true } },
    },
  });
  await audited(actor, 'export', email, rows.length)(db());
  return rows.map((r) => ({
    id: r.id,
    article: itemPage(r).path,
    kind: r.kind,
    stance: r.stance,
    commenterType: r.commenterType,
    draftVersion: r.draftVersion?.number ?? null,
    state: r.state,
    name: r.name,
    anonymous: r.anonymous,
    email: r.email,
    body: r.body,
    sentAt: r.createdAt.toISOString(),
    consentAt: r.consentAt.toISOString(),
    consentVersion: r.consentVersion,
    emailVerifiedAt: r.verifiedAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    answer: r.answer?.state === 'PUBLISHED' ? r.answer.body : null,
  }));
}

/**
 * Erases one person's feedback at their request: every item is withdrawn
 * (text, name, email and hashes gone; off every page). Returns how many, and
 * the cache tags of the pages (articles, consultations) that showed one.
 */
export async function erasePersonalData(actor: Actor, email: string, now = new Date()) {
  authorize(actor, 'managePersonalData');
  return db().$transaction(async (tx) => {
    const rows = await tx.feedback.findMany({
      where: ofPerson(email),
      select: { id: true, state: true, ...targetSelect },
    });
    const count = await eraseItems(tx, { id: { in: rows.map((r) => r.id) } }, now, true);
    await audited(actor, 'erase', email, count)(tx);
    const shown = rows.filter((r) => r.state === 'PUBLISHED').flatMap((r) => itemPage(r).tags);
    return { count, expireTags: [...new Set(shown)] };
  });
}
