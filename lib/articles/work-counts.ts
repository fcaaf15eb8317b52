import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import { roleAllows } from '../core/policy';

/** Work waiting for this person, for the staff navigation; null where the role has no such list. */
export type WorkCounts = {
  /** Submitted revisions this approver may sign off (not their own work). */
  awaitingMyApproval: number | null;
  /** Their revisions sent back with a reason and not yet taken up again. */
  returnedToMe: number | null;
};

/**
 * Two counts for every staff page, so both are plain COUNTs on the
 * revision's state index (few rows are ever SUBMITTED or REJECTED at once).
 * The same conditions as the dashboard's lists, so the numbers match them.
 */
export async function countWaitingWork(actor: Actor): Promise<WorkCounts> {
  const me = actor.id;
  const involved = [{ authorId: me }, { contributorIds: { has: me } }, { submitterId: me }];
  const approves = roleAllows(actor.role, 'approve');
  const writes = roleAllows(actor.role, 'edit');
  const [awaitingMyApproval, returnedToMe] = await Promise.all([
    approves
      ? db().articleRevision.count({ where: { state: 'SUBMITTED', NOT: { OR: involved } } })
      : null,
    writes ? db().articleRevision.count({ where: { state: 'REJECTED', OR: involved } }) : null,
  ]);
  return { awaitingMyApproval, returnedToMe };
}
