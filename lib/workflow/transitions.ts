import 'server-only';
import {
  type ApproveInput,
  approveInputSchema,
  type ReasonInput,
  reasonInputSchema,
} from '../articles/schema';
import type { Actor } from '../core/actor';
import { formatDateTime } from '../text/date';
import { toWorkflowResult, type WorkflowResult } from './dto';
import { ValidationError } from '../core/errors';
import { parseInput } from '../core/parse-input';
import { applyTransition, type Step } from './apply-transition';
import { assertVersion, inTransaction, loadRevision } from './tx';

/**
 * The sign-off transitions people make. Each: one transaction; load, check
 * the version the user saw, then applyTransition (policy, compare-and-set,
 * audit, going live). The caller expires `result.tags`.
 */
async function transition(
  actor: Actor,
  revisionId: string,
  expectedVersion: number,
  step: Step,
): Promise<WorkflowResult> {
  return inTransaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    assertVersion(revision, expectedVersion);
    return toWorkflowResult(await applyTransition(tx, actor, revision, step));
  });
}

/** The submit step: the submitter is recorded (and so may not approve). */
export function submitStep(actor: Actor, note?: string): Step {
  return {
    action: 'submit',
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
      data: { ...signedOff, publishAt },
      note: `Hẹn giờ xuất bản lúc ${formatDateTime(publishAt)}`,
    });
  }
  return transition(actor, revisionId, expectedVersion, {
    action: 'approve',
    data: { ...signedOff, publishAt: now, publishedAt: now },
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
    data: { approverId: null, approvedAt: null, publishAt: null },
  });
}
