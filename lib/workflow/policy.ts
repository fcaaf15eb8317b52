import type { Actor, Role } from '../auth/actor';
import { ForbiddenError } from './errors';
import { nextState, type RevisionState, type WorkflowEvent } from './states';

/** Actions on one revision (the subject). */
export const REVISION_ACTIONS = [
  'view',
  'edit',
  'submit',
  'approve',
  'schedule',
  'reject',
  'unschedule',
  'unpublish',
  'amend',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Actions that concern no particular revision. */
export const GLOBAL_ACTIONS = [
  'createArticle',
  'viewDashboard',
  'viewAudit',
  'manageUsers',
  'manageCategories',
] as const;
export type GlobalAction = (typeof GLOBAL_ACTIONS)[number];

export type Action = RevisionAction | GlobalAction;

/** What the policy needs to know about a revision. */
export type RevisionSubject = {
  state: RevisionState;
  authorId: string;
  contributorIds: readonly string[];
  submitterId: string | null;
};

/**
 * Who may do what. ADMIN runs users and categories and reads the audit
 * trail; it neither writes nor approves articles (separation of duties), but
 * may read them. APPROVER can do all an EDITOR can, plus sign off.
 */
const EDITOR_ACTIONS: readonly Action[] = [
  'view',
  'edit',
  'submit',
  'amend',
  'createArticle',
  'viewDashboard',
];
const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  EDITOR: EDITOR_ACTIONS,
  APPROVER: [...EDITOR_ACTIONS, 'approve', 'schedule', 'reject', 'unschedule', 'unpublish'],
  ADMIN: ['view', 'viewDashboard', 'viewAudit', 'manageUsers', 'manageCategories'],
};

/**
 * Four eyes (Whitehall's EditionRules): nobody signs off, turns down or
 * takes down a revision they wrote, edited or submitted. Rejecting and
 * unpublishing are included because the issue says approvers act "never on
 * their own work": a second person always looks, whichever way it goes.
 */
const FOUR_EYES: readonly RevisionAction[] = [
  'approve',
  'schedule',
  'reject',
  'unschedule',
  'unpublish',
];

/** Actions that are a workflow event on the subject revision itself. */
const ACTION_EVENT: Partial<Record<RevisionAction, WorkflowEvent>> = {
  edit: 'edit',
  submit: 'submit',
  approve: 'approve',
  schedule: 'schedule',
  reject: 'reject',
  unschedule: 'unschedule',
  unpublish: 'unpublish',
};

/** A new draft is copied from the live revision, or from the one taken down. */
const AMENDABLE: readonly RevisionState[] = ['PUBLISHED', 'UNPUBLISHED'];

/** Whether the role may ever take the action (in some state, on someone else's work). */
export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

function isGlobal(action: Action): action is GlobalAction {
  return (GLOBAL_ACTIONS as readonly string[]).includes(action);
}

/** True when the actor wrote, edited or submitted the revision. */
export function isInvolved(actor: Pick<Actor, 'id'>, subject: RevisionSubject): boolean {
  return (
    subject.authorId === actor.id ||
    subject.contributorIds.includes(actor.id) ||
    subject.submitterId === actor.id
  );
}

function stateAllows(action: RevisionAction, state: RevisionState): boolean {
  if (action === 'view') return true;
  if (action === 'amend') return AMENDABLE.includes(state);
  const event = ACTION_EVENT[action];
  return event !== undefined && nextState(state, event) !== null;
}

/**
 * Why the actor may not do this, in Vietnamese, or null when they may.
 * Every rule of the workflow is here; can() and authorize() only read it.
 */
export function refusal(actor: Actor, action: GlobalAction): string | null;
export function refusal(
  actor: Actor,
  action: RevisionAction,
  subject: RevisionSubject,
): string | null;
export function refusal(actor: Actor, action: Action, subject?: RevisionSubject): string | null {
  if (!roleAllows(actor.role, action)) {
    return 'Vai trò của bạn không được thực hiện thao tác này.';
  }
  if (isGlobal(action)) return null;
  if (!subject) return 'Không xác định được phiên bản bài viết.';
  if (!stateAllows(action, subject.state)) {
    return 'Trạng thái hiện tại của bài viết không cho phép thao tác này.';
  }
  if (FOUR_EYES.includes(action) && isInvolved(actor, subject)) {
    return 'Bạn không thể tự phê duyệt, hẹn giờ, từ chối hay gỡ bài do chính mình viết, sửa hoặc gửi duyệt: việc này cần một người khác.';
  }
  return null;
}

/** Whether the actor may do this. Use it to decide which buttons to show. */
export function can(actor: Actor, action: GlobalAction): boolean;
export function can(actor: Actor, action: RevisionAction, subject: RevisionSubject): boolean;
export function can(actor: Actor, action: Action, subject?: RevisionSubject): boolean {
  return subject
    ? refusal(actor, action as RevisionAction, subject) === null
    : refusal(actor, action as GlobalAction) === null;
}

/** Throws ForbiddenError (with the reason) unless the actor may do this. */
export function authorize(actor: Actor, action: GlobalAction): void;
export function authorize(actor: Actor, action: RevisionAction, subject: RevisionSubject): void;
export function authorize(actor: Actor, action: Action, subject?: RevisionSubject): void {
  const reason = subject
    ? refusal(actor, action as RevisionAction, subject)
    : refusal(actor, action as GlobalAction);
  if (reason) throw new ForbiddenError(reason);
}

/** Every revision action with whether the actor may take it (for the UI). */
export function allowedActions(
  actor: Actor,
  subject: RevisionSubject,
): Record<RevisionAction, boolean> {
  const entries = REVISION_ACTIONS.map((a) => [a, can(actor, a, subject)] as const);
  return Object.fromEntries(entries) as Record<RevisionAction, boolean>;
}
