import type { RevisionState } from '../generated/prisma/enums';

export type { RevisionState };

/** Every revision state, in the order a revision usually passes through them. */
export const REVISION_STATES = [
  'DRAFT',
  'SUBMITTED',
  'REJECTED',
  'SCHEDULED',
  'PUBLISHED',
  'UNPUBLISHED',
  'SUPERSEDED',
] as const satisfies readonly RevisionState[];

/**
 * What can happen to a revision. `publishDue` and `supersede` are done by the
 * system (the scheduler, and the approval of a newer revision), never
 * directly by a person.
 */
export const WORKFLOW_EVENTS = [
  'edit',
  'submit',
  'approve',
  'schedule',
  'unschedule',
  'publishDue',
  'reject',
  'unpublish',
  'supersede',
] as const;

export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

/**
 * The workflow as data (Whitehall's Edition::Workflow). A pair missing here
 * is illegal. Decisions worth knowing:
 * - Editing a REJECTED revision turns it back into a DRAFT: the rejection has
 *   been taken up, so the revision leaves the "rejected" list and is the
 *   editor's draft again (the reason stays on it until resubmission, and in
 *   the history for good).
 *   A REJECTED revision may also be resubmitted as it is.
 * - A SUBMITTED revision is frozen: the approver approves exactly what was
 *   submitted. To change it, reject it (with a reason).
 * - A SCHEDULED revision can be withdrawn (unschedule) back to SUBMITTED,
 *   e.g. when the date was wrong; it is then approved or rejected anew.
 * - UNPUBLISHED and SUPERSEDED are final; an unpublished article comes back
 *   through a new revision (amend), approved like any other.
 */
export const TRANSITIONS: Readonly<
  Record<RevisionState, Readonly<Partial<Record<WorkflowEvent, RevisionState>>>>
> = {
  DRAFT: { edit: 'DRAFT', submit: 'SUBMITTED' },
  SUBMITTED: { approve: 'PUBLISHED', schedule: 'SCHEDULED', reject: 'REJECTED' },
  REJECTED: { edit: 'DRAFT', submit: 'SUBMITTED' },
  SCHEDULED: { publishDue: 'PUBLISHED', unschedule: 'SUBMITTED' },
  PUBLISHED: { unpublish: 'UNPUBLISHED', supersede: 'SUPERSEDED' },
  UNPUBLISHED: {},
  SUPERSEDED: {},
};

/**
 * The state a revision moves to when `event` happens in state `from`, or
 * null when the workflow does not allow it. Pure: no I/O, no actor (who may
 * trigger it is policy.ts's business).
 */
export function nextState(from: RevisionState, event: WorkflowEvent): RevisionState | null {
  return TRANSITIONS[from][event] ?? null;
}

/** States in which the content of a revision may still change. */
export const EDITABLE_STATES: readonly RevisionState[] = REVISION_STATES.filter(
  (s) => nextState(s, 'edit') !== null,
);

/**
 * States of a revision still on its way to the public. An article has at
 * most one of these at a time (amending is refused while one exists).
 */
export const OPEN_STATES: readonly RevisionState[] = [
  'DRAFT',
  'SUBMITTED',
  'REJECTED',
  'SCHEDULED',
];
