import 'server-only';
import type { Actor } from '../core/actor';
import { recordAudit } from '../audit/record';
import { db } from '../db/client';
import type { ArticleRevision, Prisma } from '../generated/prisma/client';
import { ConflictError, NotFoundError } from '../core/errors';
import type { RevisionState } from '../core/states';

/** The transaction client. Inside a transaction use only this, never db(). */
export type Tx = Prisma.TransactionClient;

/** Runs `fn` in one database transaction (all or nothing). */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(fn);
}

/** The revision, or NotFoundError (a forged or stale id). */
export async function loadRevision(tx: Tx, id: string): Promise<ArticleRevision> {
  const revision = await tx.articleRevision.findUnique({ where: { id } });
  if (!revision) throw new NotFoundError();
  return revision;
}

/**
 * Takes the article's row lock until the transaction ends, for checks that
 * span several rows (e.g. "no open revision yet"): a concurrent transaction
 * doing the same waits here, then sees what this one wrote.
 */
export async function lockArticle(tx: Tx, articleId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
}

/** ConflictError unless the caller's form was based on the current version. */
export function assertVersion(revision: ArticleRevision, expectedVersion: number): void {
  if (revision.version !== expectedVersion) throw new ConflictError();
}

/**
 * The compare-and-set at the heart of every transition: updates the revision
 * only if it is still in `state` at `version`, and bumps the version. Zero
 * rows means someone else acted first (the row lock makes a concurrent
 * writer wait, then re-check, and find nothing): ConflictError, and the
 * caller's transaction rolls back.
 */
export async function guardedUpdate(
  tx: Tx,
  where: { id: string; state: RevisionState; version: number },
  data: Prisma.ArticleRevisionUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.articleRevision.updateMany({
    where,
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();
}

/** Appends the audit row of a revision transition, in the same transaction. */
export function auditRevision(
  tx: Tx,
  actor: Actor | null,
  entry: {
    revisionId: string;
    action: string;
    from: RevisionState | null;
    to: RevisionState;
    note?: string | null;
  },
): Promise<void> {
  return recordAudit(tx, {
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    ip: actor?.ip ?? null,
    entityType: 'revision',
    entityId: entry.revisionId,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to,
    note: entry.note ?? null,
  });
}
