import 'server-only';
import type { Tx } from '../workflow/tx';

/**
 * A register answers the consultation's published comments that stand for
 * themselves or for their group: a near-identical copy sits in the group of
 * its first item (Feedback.groupId) and shares that item's answer.
 */

/** Whether a comment is the one its group is answered through (its own first item, or alone). */
export function isGroupLead(comment: { id: string; groupId: string | null }): boolean {
  return comment.groupId === null || comment.groupId === comment.id;
}

/** The consultation's published comments, with what a register needs to know of each. */
export function publishedComments(tx: Tx, consultationId: string) {
  return tx.feedback.findMany({
    where: { consultationId, state: 'PUBLISHED' },
    select: {
      id: true,
      groupId: true,
      disposition: { select: { outcome: true, duplicateOfId: true } },
    },
  });
}

/** Why the register is not complete yet (a Vietnamese sentence), or null. */
export function completenessProblem(
  comments: Awaited<ReturnType<typeof publishedComments>>,
): string | null {
  const leads = comments.filter(isGroupLead);
  const missing = leads.filter((c) => !c.disposition).length;
  if (missing > 0) {
    return `Còn ${missing} ý kiến (hoặc nhóm ý kiến) đã đăng chưa có nội dung tiếp thu, giải trình.`;
  }
  const answered = new Map(leads.map((c) => [c.id, c.disposition]));
  const dangling = leads.filter((c) => {
    if (c.disposition?.outcome !== 'DUPLICATE') return false;
    const target = answered.get(c.disposition.duplicateOfId ?? '');
    return !target || target.outcome === 'DUPLICATE';
  }).length;
  return dangling > 0
    ? `Có ${dangling} ý kiến ghi "Trùng" với một ý kiến không còn được đăng hoặc cũng ghi "Trùng".`
    : null;
}
