import 'server-only';
import {
  type ApproveInput,
  approveInputSchema,
  parseInput,
  type ReasonInput,
  reasonInputSchema,
} from '../articles/schema';
import type { Actor } from '../auth/actor';
import { tagsForArticle } from '../cache/tags';
import type { Article, ArticleRevision, Prisma } from '../generated/prisma/client';
import { toArticleRef, toRevisionRef, type WorkflowResult } from './dto';
import { ConflictError, ValidationError } from './errors';
import { goLive } from './go-live';
import { authorize, type RevisionAction } from './policy';
import { nextState, type WorkflowEvent } from './states';
import {
  assertVersion,
  auditRevision,
  guardedUpdate,
  inTransaction,
  loadRevision,
  type Tx,
} from './tx';

/**
 * The sign-off transitions. Each: one transaction; load, check the version
 * the user saw, check the policy, compare-and-set the state, audit, and (for
 * publication) make it live. The caller expires `result.tags`.
 */

const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

type Step = {
  action: RevisionAction;
  event: WorkflowEvent;
  data: Prisma.ArticleRevisionUncheckedUpdateManyInput;
  note?: string | null;
  /** Same transaction, after the state change: e.g. going live. */
  after?: (tx: Tx, updated: ArticleRevision) => Promise<Article>;
};

async function transition(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  step: Step,
): Promise<WorkflowResult> {
  return inTransaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    assertVersion(revision, expectedVersion);
    return applyStep(tx, actor, revision, step);
  });
}

/**
 * One step on a revision already loaded (and version-checked) in this
 * transaction: policy, compare-and-set of the state, audit row, and what
 * follows. Shared by the transitions here and by saveAndSubmitRevision.
 */
export async function applyStep(
  tx: Tx,
  actor: Actor,
  revision: ArticleRevision,
  step: Step,
): Promise<WorkflowResult> {
  authorize(actor, step.action, revision);
  const to = nextState(revision.state, step.event);
  if (!to) throw new ConflictError(); // authorize() has checked the state already
  const key = { id: revision.id, state: revision.state, version: revision.version };
  await guardedUpdate(tx, key, { ...step.data, state: to });
  const updated = await loadRevision(tx, revision.id);
  await auditRevision(tx, actor, {
    revisionId: revision.id,
    action: step.action,
    from: revision.state,
    to,
    note: step.note,
  });
  const article = step.after
    ? await step.after(tx, updated)
    : await tx.article.findUniqueOrThrow({ where: { id: revision.articleId } });
  const tags = step.after ? tagsForArticle(article.slug) : [];
  return { revision: toRevisionRef(updated), article: toArticleRef(article), tags };
}

/** The submit step: the submitter is recorded (and so may not approve). */
export function submitStep(actor: Actor, note?: string): Step {
  return {
    action: 'submit',
    event: 'submit',
    data: { submitterId: actor.id, submittedAt: new Date(), rejectionNote: null },
    note,
  };
}

/** DRAFT or REJECTED -> SUBMITTED. The submitter may not then approve it. */
export async function submitRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
): Promise<WorkflowResult> {
  return transition(actor, revisionId, expectedVersion, submitStep(actor));
}

/**
 * Signs off a SUBMITTED revision (four eyes: not by its author, a
 * contributor or its submitter). Without `publishAt` it is PUBLISHED at once
 * and replaces the live revision; with a future `publishAt` it is SCHEDULED
 * and the scheduler publishes it then. A past time is a ValidationError.
 * `publishAt` may be a Date or a datetime-local string (Vietnam time).
 */
export async function approveRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  options: ApproveInput = {},
): Promise<WorkflowResult> {
  const { publishAt } = parseInput(approveInputSchema, options);
  const now = new Date();
  if (publishAt && publishAt.getTime() <= now.getTime()) {
    throw new ValidationError({
      publishAt: [
        'Thời gian xuất bản phải sau thời điểm hiện tại. Để trống nếu muốn xuất bản ngay.',
      ],
    });
  }
  const signedOff = { approverId: actor.id, approvedAt: now };
  if (publishAt) {
    return transition(actor, revisionId, expectedVersion, {
      action: 'schedule',
      event: 'schedule',
      data: { ...signedOff, publishAt },
      note: `Hẹn giờ xuất bản lúc ${VIETNAM_TIME.format(publishAt)}`,
    });
  }
  return transition(actor, revisionId, expectedVersion, {
    action: 'approve',
    event: 'approve',
    data: { ...signedOff, publishAt: now, publishedAt: now },
    after: (tx, updated) => goLive(tx, updated, now, actor),
  });
}

/** SUBMITTED -> REJECTED with a required reason, shown to the editor. */
export async function rejectRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  input: ReasonInput,
): Promise<WorkflowResult> {
  const { reason } = parseInput(reasonInputSchema, input);
  return transition(actor, revisionId, expectedVersion, {
    action: 'reject',
    event: 'reject',
    data: { rejectionNote: reason },
    note: reason,
  });
}

/** SCHEDULED -> SUBMITTED: withdraws a sign-off before its time comes. */
export async function unscheduleRevision(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
): Promise<WorkflowResult> {
  return transition(actor, revisionId, expectedVersion, {
    action: 'unschedule',
    event: 'unschedule',
    data: { approverId: null, approvedAt: null, publishAt: null },
  });
}
