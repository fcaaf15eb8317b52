import type { Actor, Role } from './actor';
import { ForbiddenError } from './errors';
import {
  type ActionRule,
  type AnyTable,
  nextState,
  REAL_TABLE,
  type RevisionAction,
  type RevisionState,
  WORKFLOW,
  type WorkflowTable,
} from './states';

export type { RevisionAction };

/** Actions on one revision (the subject): those of the workflow table. */
export const REVISION_ACTIONS = Object.keys(WORKFLOW.actions) as RevisionAction[];

/** Actions that concern no particular revision, and the roles that may take them. */
const GLOBAL_ROLES = {
  createArticle: ['EDITOR', 'APPROVER'],
  viewDashboard: ['EDITOR', 'APPROVER', 'ADMIN'],
  viewAudit: ['ADMIN'],
  manageUsers: ['ADMIN'],
  manageCategories: ['ADMIN'],
  // Export or erase one reader's feedback data (a data subject's request).
  managePersonalData: ['ADMIN'],
  // Readers' feedback: publish, reject, hide, and draft the ministry's answers.
  // Not ADMIN, who neither writes nor approves what the public reads.
  moderateFeedback: ['EDITOR', 'APPROVER'],
  // Trends of the whole portal (/quan-tri/xu-huong); an editor sees those of
  // the articles they wrote or edited only (lib/trends-data/scope.ts).
  viewAllTrends: ['APPROVER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
export type GlobalAction = keyof typeof GLOBAL_ROLES;
export const GLOBAL_ACTIONS = Object.keys(GLOBAL_ROLES) as GlobalAction[];

export type Action = RevisionAction | GlobalAction;

/** What the policy needs to know about a revision. */
export type RevisionSubject<S extends string = RevisionState> = {
  state: S;
  authorId: string;
  contributorIds: readonly string[];
  submitterId: string | null;
};

function isGlobal(action: string): action is GlobalAction {
  return Object.hasOwn(GLOBAL_ROLES, action);
}

/** Whether the role may ever take the action (in some state, on someone else's work). */
export function roleAllows(role: Role, action: Action): boolean;
export function roleAllows(role: Role, action: string, table: AnyTable): boolean;
export function roleAllows(role: Role, action: string, table: AnyTable = REAL_TABLE): boolean {
  const roles: readonly Role[] | undefined = isGlobal(action)
    ? GLOBAL_ROLES[action]
    : table.actions[action]?.roles;
  return roles?.includes(role) ?? false;
}

/** True when the actor wrote, edited or submitted the revision. */
export function isInvolved(actor: Pick<Actor, 'id'>, subject: RevisionSubject<string>): boolean {
  return (
    subject.authorId === actor.id ||
    subject.contributorIds.includes(actor.id) ||
    subject.submitterId === actor.id
  );
}

function stateAllows(rule: ActionRule, state: string, table: AnyTable): boolean {
  if (rule.event !== undefined) return nextState(state, rule.event, table) !== null;
  return rule.on === undefined || rule.on.includes(state);
}

/** Every rule of the workflow, read from the table; the functions below only ask it. */
function reason(
  actor: Actor,
  action: string,
  subject?: RevisionSubject<string>,
  table: AnyTable = REAL_TABLE,
): string | null {
  if (!roleAllows(actor.role, action, table)) {
    return 'Vai trò của bạn không được thực hiện thao tác này.';
  }
  if (isGlobal(action)) return null;
  if (!subject) return 'Không xác định được phiên bản bài viết.';
  const rule = table.actions[action];
  if (!rule || !stateAllows(rule, subject.state, table)) {
    return 'Trạng thái hiện tại của bài viết không cho phép thao tác này.';
  }
  if (rule.fourEyes && isInvolved(actor, subject)) {
    return 'Bạn không thể tự phê duyệt, hẹn giờ, từ chối hay gỡ bài do chính mình viết, sửa hoặc gửi duyệt: việc này cần một người khác.';
  }
  return null;
}

/**
 * The signatures of the questions below: a global action; an action on a
 * revision (checked against the real table); or against a table given
 * (tests prove the rules follow the table).
 */
type Question<R> = {
  (actor: Actor, action: GlobalAction): R;
  (actor: Actor, action: RevisionAction, subject: RevisionSubject): R;
  <S extends string, A extends string>(
    actor: Actor,
    action: A,
    subject: RevisionSubject<S>,
    table: WorkflowTable<S, string, A>,
  ): R;
};

/** Why the actor may not do this, in Vietnamese, or null when they may. */
export const refusal: Question<string | null> = reason;

/** Whether the actor may do this. Use it to decide which buttons to show. */
export const can: Question<boolean> = (...asked: Parameters<typeof reason>) =>
  reason(...asked) === null;

/** Throws ForbiddenError (with the reason) unless the actor may do this. */
export const authorize: Question<void> = (...asked: Parameters<typeof reason>) => {
  const refused = reason(...asked);
  if (refused) throw new ForbiddenError(refused);
};

/** Every action of the table with whether the actor may take it on this revision. */
export function allowedActions<S extends string = RevisionState, A extends string = RevisionAction>(
  actor: Actor,
  subject: RevisionSubject<S>,
  table = REAL_TABLE as WorkflowTable<S, string, A>,
): Record<A, boolean> {
  const actions = Object.keys(table.actions);
  const answers = actions.map((a) => [a, reason(actor, a, subject, table) === null]);
  return Object.fromEntries(answers) as Record<A, boolean>;
}
