import type { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { spamTokens } from './tokens';

export { spamTokens };

/** The Prisma transaction client (the same type as lib/workflow/tx.ts's Tx). */
export type Tx = Prisma.TransactionClient;

/** SpamToken's row holding the number of spam and not-spam items learnt. */
const TOTALS = '';

/** Only the most telling features vote: many weak ones would swamp a few strong ones. */
const VOTERS = 40;

/**
 * A text's spam score as an SQL expression, computed by the database
 * function spam_score() over the text's features (spamTokens()), so that a
 * submission scores and stores in the one statement. The score, 0..1, is
 * naive Bayes learnt only from this portal's moderators' decisions: nothing
 * leaves the server. It sorts the moderation queue and never publishes or
 * rejects anything by itself.
 */
export function spamScoreSql(text: string): Prisma.Sql {
  return Prisma.sql`public.spam_score(${spamTokens(text)}::text[], ${VOTERS}::int)`;
}

/** A text's spam score as the moderation queue will see it (spamScoreSql()). */
export async function scoreSpam(tx: Tx | ReturnType<typeof db>, text: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ score: number }[]>`SELECT ${spamScoreSql(text)} AS "score"`;
  if (!row) throw new Error('spam_score: no row returned');
  return row.score;
}

/**
 * Learns one moderator decision: `spam` when rejected as spam, not spam when
 * published. Call it in the decision's own transaction, once per item and
 * decision (learning the same item twice counts it twice). One statement,
 * rows in sorted order, so concurrent decisions never deadlock.
 */
export async function learnSpam(tx: Tx, text: string, spam: boolean): Promise<void> {
  const tokens = [TOTALS, ...spamTokens(text)];
  const add = spam ? 1 : 0;
  await tx.$executeRaw`
    INSERT INTO "SpamToken" ("token", "spamCount", "hamCount")
    SELECT t, ${add}::int, ${1 - add}::int FROM unnest(${tokens}::text[]) AS t
    ON CONFLICT ("token") DO UPDATE SET
      "spamCount" = "SpamToken"."spamCount" + EXCLUDED."spamCount",
      "hamCount" = "SpamToken"."hamCount" + EXCLUDED."hamCount"`;
}

/**
 * Takes back one learnt decision, as if it had never been made: a refusal as
 * spam that a moderator restored to the queue was a mistake, and the filter
 * must not keep scoring like texts by it. Counts never go below zero. Rows
 * are locked in sorted order, as learnSpam() takes them, so a concurrent
 * decision waits rather than deadlocks.
 */
export async function unlearnSpam(tx: Tx, text: string, spam: boolean): Promise<void> {
  const tokens = [TOTALS, ...spamTokens(text)];
  const sub = spam ? 1 : 0;
  await tx.$executeRaw`
    UPDATE "SpamToken" s SET
      "spamCount" = GREATEST(s."spamCount" - ${sub}::int, 0),
      "hamCount" = GREATEST(s."hamCount" - ${1 - sub}::int, 0)
    FROM (
      SELECT "token" FROM "SpamToken" WHERE "token" = ANY(${tokens}::text[])
      ORDER BY "token" FOR UPDATE
    ) locked
    WHERE s."token" = locked."token"`;
}
