import type { Role } from '../generated/prisma/enums';
import type { RevisionState } from '../generated/prisma/enums';
import type { WorkflowTable } from './table';

export type { RevisionState };
export type { ActionRule, WorkflowTable } from './table';

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

const WRITERS: readonly Role[] = ['EDITOR', 'APPROVER'];
const APPROVERS: readonly Role[] = ['APPROVER'];

/**
 * The workflow as data (Whitehall's Edition::Workflow): every state change,
 * the system's own included, goes through applyTransition() against this
 * table, and the policy and the staff screen's buttons are read from it.
 * A (state, event) pair missing from `transitions` is illegal. Decisions:
 * - Editing a REJECTED revision turns it back into a DRAFT: the rejection has
 *   been taken up (the reason stays on it until resubmission, and in the
 *   history for good). A REJECTED revision may also be resubmitted as it is.
 * - A SUBMITTED revision is frozen: the approver approves exactly what was
 *   submitted. To change it, reject it (with a reason).
 * - A SCHEDULED revision can be withdrawn (unschedule) back to SUBMITTED.
 * - UNPUBLISHED and SUPERSEDED are final; an unpublished article comes back
 *   through a new revision (amend), approved like any other.
 * - ADMIN neither writes nor approves (separation of duties) but may read;
 *   four eyes (Whitehall's EditionRules): nobody signs off, turns down or
 *   takes down a revision they wrote, edited or submitted.
 */
export const WORKFLOW = {
  states: REVISION_STATES,
  initial: 'DRAFT',
  live: 'PUBLISHED',
  transitions: {
    DRAFT: { edit: 'DRAFT', submit: 'SUBMITTED' },
    SUBMITTED: { approve: 'PUBLISHED', schedule: 'SCHEDULED', reject: 'REJECTED' },
    REJECTED: { edit: 'DRAFT', submit: 'SUBMITTED' },
    SCHEDULED: { publishDue: 'PUBLISHED', unschedule: 'SUBMITTED' },
    PUBLISHED: { unpublish: 'UNPUBLISHED', supersede: 'SUPERSEDED' },
    UNPUBLISHED: {},
    SUPERSEDED: {},
  },
  systemEvents: ['publishDue', 'supersede'],
  actions: {
    view: { roles: [...WRITERS, 'ADMIN'] },
    edit: { roles: WRITERS, event: 'edit' },
    submit: { roles: WRITERS, event: 'submit' },
    approve: { roles: APPROVERS, event: 'approve', fourEyes: true },
    schedule: { roles: APPROVERS, event: 'schedule', fourEyes: true },
    reject: { roles: APPROVERS, event: 'reject', fourEyes: true },
    unschedule: { roles: APPROVERS, event: 'unschedule', fourEyes: true },
    unpublish: { roles: APPROVERS, event: 'unpublish', fourEyes: true },
    // A new draft copied from the live revision, or from the one taken down.
    amend: { roles: WRITERS, on: ['PUBLISHED', 'UNPUBLISHED'], startsRevision: true },
  },
  open: ['DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED'],
} as const satisfies WorkflowTable<RevisionState, WorkflowEvent>;

/** The actions a person takes on one revision, as the table names them. */
export type RevisionAction = keyof typeof WORKFLOW.actions;

/** The loose shape every table-reading function accepts (the real table is one). */
export type AnyTable = WorkflowTable<string, string, string>;

/** The real table, typed for the functions that also take a test table. */
export const REAL_TABLE: AnyTable = WORKFLOW;

/**
 * The state a revision moves to when `event` happens in state `from`, or
 * null when the table does not allow it. Pure: no I/O, no actor (who may
 * trigger it is policy.ts's business).
 */
export function nextState(from: RevisionState, event: WorkflowEvent): RevisionState | null;
export function nextState<S extends string, E extends string>(
  from: S,
  event: E,
  table: WorkflowTable<S, E, string>,
): S | null;
export function nextState(from: string, event: string, table: AnyTable = REAL_TABLE) {
  return table.transitions[from]?.[event] ?? null;
}

/** The states in which `event` may happen (e.g. what the scheduler looks for). */
export function statesAllowing(event: WorkflowEvent): RevisionState[];
export function statesAllowing<S extends string, E extends string>(
  event: E,
  table: WorkflowTable<S, E, string>,
): S[];
export function statesAllowing(event: string, table: AnyTable = REAL_TABLE): string[] {
  return table.states.filter((s) => nextState(s, event, table) !== null);
}

/** States in which the content of a revision may still change. */
export const EDITABLE_STATES: readonly RevisionState[] = statesAllowing('edit');

/**
 * States of a revision still on its way to the public. An article has at
 * most one of these at a time (amending is refused while one exists).
 */
export const OPEN_STATES: readonly RevisionState[] = WORKFLOW.open;

/** Whether an article with revisions in these states has one still open. */
export function hasOpenRevision(states: readonly string[], table: AnyTable = REAL_TABLE): boolean {
  return states.some((s) => table.open.includes(s));
}
