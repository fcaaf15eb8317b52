import type { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { rawRows } from '../db/raw';
import { type Counts, spamProbability } from './bayes';
import { spamTokens } from './tokens';

export { spamTokens };

/** The Prisma transaction client (the same type as lib/workflow/tx.ts's Tx). */
export type Tx = Prisma.TransactionClient;

/** SpamToken's row holding the number of spam and not-spam items learnt. */
const TOTALS = '';

/** One feature's counts as stored. */
export type TokenRow = { token: string; spamCount: number; hamCount: number };

// Raw: half the CPU of findMany() for this one indexed lookup, run on every submission.
const countsSql = (tokens: string[]) => Prisma.sql`
  SELECT "token", "spamCount", "hamCount" FROM "SpamToken"
  WHERE "token" = ANY(${[TOTALS, ...tokens]}::text[])`;

/**
 * The counts a text's score needs as one JSON array (a scalar subquery), so
 * a submission can read them in the same statement as its other checks;
 * score them with spamScoreOf().
 */
export function spamCountsJsonSql(tokens: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(c), '[]') FROM (${countsSql(tokens)}) c)`;
}

/** The score of a text's features (spamTokens()) from their counts as read. */
export function spamScoreOf(tokens: string[], rows: TokenRow[]): number {
  const counts = new Map<string, Counts>(
    rows.map((r) => [r.token, { spam: r.spamCount, ham: r.hamCount }]),
  );
  const totals = counts.get(TOTALS) ?? { spam: 0, ham: 0 };
  const features = tokens.flatMap((t) => counts.get(t) ?? []);
  return spamProbability(totals, features);
}

/**
 * A local spam score, 0..1, learnt only from this portal's moderators'
 * decisions: nothing leaves the server. It sorts the moderation queue and
 * never publishes or rejects anything by itself.
 */
export async function scoreSpam(tx: Tx | ReturnType<typeof db>, text: string): Promise<number> {
  const tokens = spamTokens(text);
  return spamScoreOf(tokens, await tx.$queryRaw<TokenRow[]>(countsSql(tokens)));
}

/** scoreSpam() read through the raw pool (lib/db/raw.ts), for the submission path. */
export async function scoreSpamRaw(text: string): Promise<number> {
  const tokens = spamTokens(text);
  return spamScoreOf(tokens, await rawRows<TokenRow>(countsSql(tokens)));
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
