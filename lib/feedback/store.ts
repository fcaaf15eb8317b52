import { randomBytes } from 'node:crypto';
import { rawRows } from '../db/raw';
import { env } from '../env';
import { Prisma } from '../generated/prisma/client';
import { hashWithDailySalt } from '../privacy/daily-salt';
import { spamScoreSql } from '../spam';
import { CONSENT_VERSION } from './consent';
import { GROUP_CANDIDATES, NEAR_IDENTICAL } from './grouping';
import { emailHashOf, newLinkToken, normaliseEmail } from './identity';
import { ADDRESS_WINDOW_MS, EMAIL_BURST, EMAIL_DAY } from './limits';

/** An id of the same shape as Prisma's cuid() default ("c" and no dash), sortable by time. */
function newFeedbackId(): string {
  return `c${Date.now().toString(36)}${randomBytes(10).toString('hex')}`;
}

export type SubmitContext = { ip: string | null; now?: Date };

/** What every citizen's item carries, whatever it is about (article or consultation). */
export type CitizenItem = {
  name: string;
  anonymous: boolean;
  email: string;
  body: string;
};

/** What the item is about: an article's feedback, or a consultation comment. */
export type ItemTarget = ArticleTarget | CommentTarget;

export type ArticleTarget = {
  /**
   * The article as a query of one row ("id", "title") while it takes
   * feedback and none otherwise, checked in the statement that stores; and
   * the name the statement is prepared under (its text never changes).
   */
  article: { gate: Prisma.Sql; name: string };
  kind: 'SUGGESTION' | 'QUESTION';
};

export type CommentTarget = {
  consultationId: string;
  versionId: string;
  /** The unit commented on (null: the whole draft); also its live unit at first. */
  unitId: string | null;
  stance: 'AGREE' | 'DISAGREE' | 'OTHER';
  commenterType: 'INDIVIDUAL' | 'ORGANISATION' | 'BUSINESS';
};

export type StoreResult =
  | { status: 'accepted'; id: string; token: string; email: string }
  | { status: 'limited'; by: 'email' | 'address' };

type Outcome = {
  status: 'accepted' | 'email' | 'address';
  group_id: string | null;
  title: string | null;
};

/** The gate of a comment: its consultation was checked before; always one row. */
const NO_ARTICLE = Prisma.sql`SELECT NULL::text AS "id", NULL::text AS "title"`;

/**
 * The whole store in one statement: the target's gate (an article open for
 * feedback), the spam score (spam_score()) and feedback_store(), a plpgsql
 * function holding the sender's lock, the limits, the group and the INSERT:
 * one round trip and one implicit transaction. No row: the gate was shut,
 * nothing stored. The rules' numbers are passed from here, where they are
 * documented (limits.ts, grouping.ts, lib/spam).
 */
async function storeInDatabase(
  row: { id: string; target: ItemTarget; item: CitizenItem; email: string; emailHash: string },
  extra: { sourceHash: string | null; tokenHash: string },
  now: Date,
): Promise<Outcome | undefined> {
  const { id, target, item, email, emailHash } = row;
  const article = 'article' in target ? target : null;
  const comment = 'consultationId' in target ? target : null;
  const since = (ms: number) => new Date(now.getTime() - ms);
  const [outcome] = await rawRows<Outcome>(
    Prisma.sql`
    WITH gate AS (${article?.article.gate ?? NO_ARTICLE})
    SELECT gate."title", s.status, s.group_id FROM gate CROSS JOIN LATERAL feedback_store(
      p_id => ${id}, p_article_id => gate."id",
      p_kind => ${article?.kind ?? 'SUGGESTION'}::"FeedbackKind",
      p_consultation_id => ${comment?.consultationId ?? null}, p_version_id => ${comment?.versionId ?? null},
      p_unit_id => ${comment?.unitId ?? null}, p_stance => ${comment?.stance ?? null}::"CommentStance",
      p_commenter_type => ${comment?.commenterType ?? null}::"CommenterType",
      p_name => ${item.name}, p_anonymous => ${item.anonymous}, p_body => ${item.body},
      p_email => ${email}, p_email_hash => ${emailHash}, p_source_hash => ${extra.sourceHash},
      p_token_hash => ${extra.tokenHash}, p_consent_version => ${CONSENT_VERSION},
      p_spam_score => ${spamScoreSql(item.body)}, p_now => ${now}::timestamp(3),
      p_burst_since => ${since(EMAIL_BURST.windowMs)}::timestamp(3), p_burst_max => ${EMAIL_BURST.max}::int,
      p_day_since => ${since(EMAIL_DAY.windowMs)}::timestamp(3), p_day_max => ${EMAIL_DAY.max}::int,
      p_address_since => ${since(ADDRESS_WINDOW_MS)}::timestamp(3),
      p_address_max => ${env().FEEDBACK_ADDRESS_LIMIT}::int,
      p_candidates => ${GROUP_CANDIDATES}::int, p_near => ${NEAR_IDENTICAL}::real) s`,
    article ? article.article.name : 'comment-store',
  );
  return outcome;
}

/**
 * Stores one citizen's item as PENDING (never public before a moderator
 * publishes it) under the shared rules: per-person and per-address limits
 * (one person's parallel posts serialised), the local spam score, the
 * near-duplicate group in its scope, the consent version, a keyed email
 * hash, a daily-salted address hash and the emailed link's token hash.
 * The caller answers the person only after this resolves, so an accepted
 * item is always in the database; a database failure throws. An article's
 * gate is checked in the same statement ('closed' when shut, with nothing
 * stored); that a consultation takes comments is the caller's to check.
 */
export function storeCitizenItem(
  target: ArticleTarget,
  item: CitizenItem,
  context: SubmitContext,
): Promise<(StoreResult & { title: string }) | { status: 'closed' }>;
export function storeCitizenItem(
  target: CommentTarget,
  item: CitizenItem,
  context: SubmitContext,
): Promise<StoreResult>;
export async function storeCitizenItem(
  target: ItemTarget,
  item: CitizenItem,
  context: SubmitContext,
): Promise<(StoreResult & { title?: string }) | { status: 'closed' }> {
  const now = context.now ?? new Date();
  const email = normaliseEmail(item.email);
  const emailHash = emailHashOf(email);
  const sourceHash = context.ip ? await hashWithDailySalt(context.ip, now) : null;
  const link = newLinkToken();
  const id = newFeedbackId();
  const outcome = await storeInDatabase(
    { id, target, item, email, emailHash },
    { sourceHash, tokenHash: link.hash },
    now,
  );
  if (!outcome) {
    if ('article' in target) return { status: 'closed' };
    throw new Error('feedback_store: no row returned');
  }
  // The article's title, for the page that answers; a comment has none.
  const title = outcome.title ?? undefined;
  if (outcome.status !== 'accepted') return { status: 'limited', by: outcome.status, title };
  return { status: 'accepted', id, token: link.token, email, title };
}
