import 'server-only';
import type { Actor } from '../core/actor';
import { authorize, can } from '../core/policy';
import { db } from '../db/client';
import { isGroupLead } from './comments';
import { OUTCOME_VALUES, type OutcomeValue } from './outcomes';
import { citations, commenterOf, loadComments } from './public';

const VALUE_OF = Object.fromEntries(
  Object.entries(OUTCOME_VALUES).map(([value, outcome]) => [outcome, value]),
) as Record<(typeof OUTCOME_VALUES)[OutcomeValue], OutcomeValue>;

/** One published comment (or group) as the register's staff screen lists it. */
export type StaffRegisterItem = {
  id: string;
  provision: string;
  versionNumber: number;
  body: string;
  commenter: string;
  groupSize: number;
  entry: { outcome: OutcomeValue; response: string; duplicateOfId: string } | null;
};

/**
 * A consultation's register for staff: every published comment (groups
 * through their first item) with its drafted answer, the register's state
 * and what the actor may do with it. Null when there is no such consultation.
 */
export async function getRegisterForStaff(actor: Actor, consultationId: string) {
  authorize(actor, 'viewDashboard');
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      register: true,
      liveVersion: { select: { id: true, title: true, closesAt: true } },
    },
  });
  if (!consultation?.liveVersion) return null;
  const comments = await loadComments(consultationId);
  const versionIds = comments.flatMap((c) => (c.unit ? [c.unit.versionId] : []));
  const cite = await citations([...new Set(versionIds)]);
  const sizes = new Map<string, number>();
  for (const c of comments) {
    if (c.groupId && c.groupId !== c.id) sizes.set(c.groupId, (sizes.get(c.groupId) ?? 0) + 1);
  }
  const items: StaffRegisterItem[] = comments.filter(isGroupLead).map((c) => ({
    id: c.id,
    provision: c.unit ? (cite.get(c.unit.id) ?? '') : 'Toàn bộ dự thảo',
    versionNumber: c.draftVersion?.number ?? 1,
    body: c.body,
    commenter: commenterOf(c),
    groupSize: 1 + (sizes.get(c.id) ?? 0),
    entry: c.disposition
      ? {
          outcome: VALUE_OF[c.disposition.outcome],
          response: c.disposition.response,
          duplicateOfId: c.disposition.duplicateOfId ?? '',
        }
      : null,
  }));
  const r = consultation.register;
  return {
    id: consultation.id,
    slug: consultation.slug,
    title: consultation.liveVersion.title,
    closesAt: consultation.liveVersion.closesAt.toISOString(),
    register: r,
    items,
    rights: {
      edit: r ? can(actor, 'edit', r) : can(actor, 'createArticle'),
      submit: r ? can(actor, 'submit', r) : false,
      approve: r ? can(actor, 'approve', r) : false,
      reject: r ? can(actor, 'reject', r) : false,
    },
  };
}

export type StaffRegister = NonNullable<Awaited<ReturnType<typeof getRegisterForStaff>>>;
