import 'server-only';
import { z } from 'zod';
import { parseInput } from '../core/parse-input';
import { recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors';
import { can, isInvolved, type RevisionSubject, roleAllows } from '../core/policy';

/**
 * Editorial comments: a thread on one revision between the people who wrote
 * it and the approvers, beyond the single rejection reason. Plain text,
 * never edited or deleted; each one is also an audit row, so the article's
 * history keeps it.
 */

export const COMMENT_MAX_CHARS = 2000;
/** At most this many comments per person in RATE_WINDOW_MS, on all articles together. */
export const COMMENT_RATE_LIMIT = 10;
export const RATE_WINDOW_MS = 10 * 60_000;

export const commentInputSchema = z.object({
  body: z
    .string({ error: 'Hãy nhập nội dung góp ý.' })
    .normalize('NFC')
    .trim()
    .min(1, 'Hãy nhập nội dung góp ý.')
    .max(COMMENT_MAX_CHARS, `Góp ý dài tối đa ${COMMENT_MAX_CHARS.toLocaleString('vi-VN')} ký tự.`),
});

export type RevisionComment = { id: string; authorName: string; body: string; at: Date };

const REFUSED = 'Chỉ người viết bài và người phê duyệt mới góp ý được trên phiên bản này.';

/**
 * Who may take part: someone who wrote, edited or submitted the revision,
 * and any approver. Both must be allowed to see it. Admins read the
 * history but do not join the editorial discussion.
 */
export function canComment(actor: Actor, revision: RevisionSubject): boolean {
  if (!can(actor, 'view', revision)) return false;
  return isInvolved(actor, revision) || roleAllows(actor.role, 'approve');
}

/** The thread on a revision, oldest first, for anyone allowed to see the revision. */
export async function listComments(actor: Actor, revisionId: string): Promise<RevisionComment[]> {
  const revision = await db().articleRevision.findUnique({ where: { id: revisionId } });
  if (!revision || !can(actor, 'view', revision)) throw new NotFoundError();
  const rows = await db().revisionComment.findMany({
    where: { revisionId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { author: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, authorName: r.author.name, body: r.body, at: r.createdAt }));
}

/**
 * Adds a comment to a revision and its audit row, in one transaction.
 * Refuses people outside the thread (ForbiddenError), empty or over-long
 * text and more than COMMENT_RATE_LIMIT comments in the window
 * (ValidationError on `body`).
 */
export async function addComment(
  actor: Actor,
  revisionId: string,
  input: { body: unknown },
  now = new Date(),
): Promise<{ id: string; articleId: string }> {
  const { body } = parseInput(commentInputSchema, input);
  return db().$transaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
    if (!revision) throw new NotFoundError();
    if (!canComment(actor, revision)) throw new ForbiddenError(REFUSED);
    const recent = await tx.revisionComment.count({
      where: { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - RATE_WINDOW_MS) } },
    });
    if (recent >= COMMENT_RATE_LIMIT) {
      throw new ValidationError({
        body: ['Bạn đã gửi nhiều góp ý liên tiếp. Vui lòng chờ vài phút rồi gửi tiếp.'],
      });
    }
    const comment = await tx.revisionComment.create({
      data: { revisionId, authorId: actor.id, body, createdAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      ip: actor.ip ?? null,
      entityType: 'revision',
      entityId: revisionId,
      action: 'comment',
      note: body,
    });
    return { id: comment.id, articleId: revision.articleId };
  });
}
