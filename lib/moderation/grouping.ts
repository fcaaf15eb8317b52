import 'server-only';
import { recordAudit } from '../audit/record';
import { similarityGroups } from '../consultations/similarity-groups';
import type { Actor } from '../core/actor';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { authorize } from '../core/policy';
import { db } from '../db/client';
import { itemPage, targetSelect } from '../feedback/target';
import { inTransaction, type Tx } from '../workflow/tx';
import { type FeedbackRef, feedbackRefsSchema } from './schema';

const SAME_PAGE = 'Chỉ gộp được các ý kiến gửi trên cùng một bài viết hoặc cùng một dự thảo.';
const TWO_NEEDED = 'Hãy chọn ít nhất hai ý kiến (hoặc nhóm) để gộp.';
const STALE = 'Các ý kiến đã chọn vừa được người khác xử lý. Hãy tải lại danh sách rồi thử lại.';

async function loadRefs(tx: Tx, refs: FeedbackRef[]) {
  const ids = refs.map((r) => r.id);
  await tx.$queryRaw`SELECT 1 FROM "Feedback" WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;
  const rows = await tx.feedback.findMany({
    where: { id: { in: ids }, state: { not: 'WITHDRAWN' } },
    select: {
      id: true,
      version: true,
      state: true,
      groupId: true,
      createdAt: true,
      articleId: true,
      consultationId: true,
      ...targetSelect,
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (refs.some((r) => byId.get(r.id)?.version !== r.version)) throw new ConflictError(STALE);
  return rows;
}

function audit(
  tx: Tx,
  actor: Actor,
  id: string,
  action: 'group_merge' | 'group_split',
  note: string,
) {
  return recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType: 'feedback',
    entityId: id,
    action,
    note,
  });
}

/** Public pages to expire when a group's published size changed. */
function tagsOf(rows: Awaited<ReturnType<typeof loadRefs>>): string[] {
  return [...new Set(rows.filter((r) => r.state === 'PUBLISHED').flatMap((r) => itemPage(r).tags))];
}

/**
 * A moderator's "Gộp nhóm": the chosen items (copies the automatic grouping
 * missed) become one group, named by the oldest; "Tách khỏi nhóm": each
 * chosen item leaves its group and stands alone, the rest of the group
 * keeping together (renamed after its oldest remaining item if the named
 * one left). Either way the items are marked groupLocked, so automatic
 * grouping never undoes the decision. Audited per item; compare-and-set on
 * the versions the moderator saw. EDITOR or APPROVER only.
 */
export async function regroupItems(
  actor: Actor,
  items: readonly FeedbackRef[],
  how: 'merge' | 'split',
): Promise<{ count: number; tags: string[] }> {
  authorize(actor, 'moderateFeedback');
  const refs = parseInput(feedbackRefsSchema, items);
  return inTransaction(async (tx) => {
    const rows = await loadRefs(tx, refs);
    if (how === 'merge') {
      if (rows.length < 2) throw new ValidationError({ chon: [TWO_NEEDED] }, TWO_NEEDED);
      const first = rows[0];
      const sameTarget = rows.every(
        (r) => r.articleId === first?.articleId && r.consultationId === first?.consultationId,
      );
      if (!first || !sameTarget) throw new ValidationError({ chon: [SAME_PAGE] }, SAME_PAGE);
      const key = first.groupId ?? first.id;
      const oldKeys = [...new Set(rows.map((r) => r.groupId).filter((g): g is string => !!g))];
      // Whole groups follow their members: merging two groups merges all their copies.
      await tx.feedback.updateMany({
        where: { OR: [{ id: { in: rows.map((r) => r.id) } }, { groupId: { in: oldKeys } }] },
        data: { groupId: key, groupLocked: true, version: { increment: 1 } },
      });
      for (const r of rows) await audit(tx, actor, r.id, 'group_merge', `Nhóm ${key}`);
    } else {
      for (const r of rows) await splitOne(tx, r.id, r.groupId);
      for (const r of rows) await audit(tx, actor, r.id, 'group_split', 'Tách khỏi nhóm');
    }
    return { count: rows.length, tags: tagsOf(rows) };
  });
}

async function splitOne(tx: Tx, id: string, groupId: string | null): Promise<void> {
  await tx.feedback.update({
    where: { id },
    data: { groupId: null, groupLocked: true, version: { increment: 1 } },
  });
  if (groupId !== id) return;
  // The group was named after this item: the oldest remaining member names it now.
  const next = await tx.feedback.findFirst({
    where: { groupId: id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  if (next) await tx.feedback.updateMany({ where: { groupId: id }, data: { groupId: next.id } });
}

type Candidate = { id: string; body: string; groupId: string | null; slot: string };

/**
 * Groups a consultation's near-identical comments that submission-time
 * grouping missed (it compares with recent items only, and two copies sent
 * at the same instant cannot see each other): similarityGroups (word-pair
 * Jaccard over diacritic-folded text, MinHash) per unit and stance, over
 * comments no moderator has placed. Only joins, never splits. Returns how
 * many comments changed group. EDITOR or APPROVER only; not audited per
 * item (it is the automatic grouping, rerun).
 */
export async function regroupConsultation(actor: Actor, consultationId: string) {
  authorize(actor, 'moderateFeedback');
  const rows = await db().$queryRaw<Candidate[]>`
    SELECT id, body, "groupId",
           COALESCE("liveUnitId", "unitId", '') || ':' || stance::text AS slot
    FROM "Feedback"
    WHERE "consultationId" = ${consultationId} AND state <> 'WITHDRAWN' AND NOT "groupLocked"
    ORDER BY "createdAt", id`;
  const slots = new Map<string, Candidate[]>();
  for (const r of rows) slots.set(r.slot, [...(slots.get(r.slot) ?? []), r]);
  let changed = 0;
  await inTransaction(async (tx) => {
    for (const list of slots.values()) {
      for (const group of similarityGroups(list.map((c) => c.body))) {
        const members = group.map((i) => list[i]).filter((c): c is Candidate => !!c);
        const key = members.find((m) => m.groupId)?.groupId ?? members[0]?.id;
        if (!key) continue;
        const moving = members.filter((m) => m.groupId !== key).map((m) => m.id);
        const oldKeys = [...new Set(members.map((m) => m.groupId).filter((g) => g && g !== key))];
        const { count } = await tx.feedback.updateMany({
          where: {
            OR: [{ id: { in: [...moving, key] } }, { groupId: { in: oldKeys as string[] } }],
            groupLocked: false,
          },
          data: { groupId: key },
        });
        changed += count;
      }
    }
  });
  return { changed };
}
