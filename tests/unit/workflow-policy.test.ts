import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../lib/core/actor';
import { ForbiddenError } from '../../lib/core/errors';
import {
  allowedActions,
  authorize,
  can,
  GLOBAL_ACTIONS,
  type GlobalAction,
  REVISION_ACTIONS,
  type RevisionAction,
  type RevisionSubject,
  refusal,
} from '../../lib/core/policy';
import type { RevisionState } from '../../lib/core/states';
import { ALL_STATES } from '../helpers/revision-states';

// The approval rules, written out by hand. The expected answer of every
// case below comes from the rules written here, never from the code under test.
const ROLES: Role[] = ['EDITOR', 'APPROVER', 'ADMIN'];
const STATES = ALL_STATES;
const ACTIONS: RevisionAction[] = [
  'view',
  'edit',
  'submit',
  'approve',
  'schedule',
  'reject',
  'unschedule',
  'unpublish',
  'amend',
];
type Ownership = 'author' | 'contributor' | 'submitter' | 'none';
const OWNERSHIPS: Ownership[] = ['author', 'contributor', 'submitter', 'none'];

const WRITES: RevisionAction[] = ['view', 'edit', 'submit', 'amend'];
const SIGN_OFF: RevisionAction[] = ['approve', 'schedule', 'reject', 'unschedule', 'unpublish'];
const ROLE_MAY: Record<Role, RevisionAction[]> = {
  EDITOR: WRITES,
  APPROVER: [...WRITES, ...SIGN_OFF],
  ADMIN: ['view'], // reads articles; writes and approves none
};
const STATE_MAY: Record<RevisionAction, RevisionState[]> = {
  view: STATES,
  edit: ['DRAFT', 'REJECTED'],
  submit: ['DRAFT', 'REJECTED'],
  approve: ['SUBMITTED'],
  schedule: ['SUBMITTED'],
  reject: ['SUBMITTED'],
  unschedule: ['SCHEDULED'],
  unpublish: ['PUBLISHED'],
  amend: ['PUBLISHED', 'UNPUBLISHED'],
};

function expected(role: Role, action: RevisionAction, state: RevisionState, own: Ownership) {
  const fourEyes = SIGN_OFF.includes(action) && own !== 'none';
  return ROLE_MAY[role].includes(action) && STATE_MAY[action].includes(state) && !fourEyes;
}

const ME = 'user-me';
const OTHER = 'user-other';

function actor(role: Role): Actor {
  return { id: ME, email: 'me@example.gov.vn', name: 'Tôi', role };
}

function subject(state: RevisionState, own: Ownership): RevisionSubject {
  return {
    state,
    authorId: own === 'author' ? ME : OTHER,
    contributorIds: own === 'contributor' ? [OTHER, ME] : [OTHER],
    submitterId: own === 'submitter' ? ME : state === 'DRAFT' ? null : OTHER,
  };
}

const cases = ROLES.flatMap((role) =>
  ACTIONS.flatMap((action) =>
    STATES.flatMap((state) =>
      OWNERSHIPS.map((own) => ({
        role,
        action,
        state,
        own,
        ok: expected(role, action, state, own),
      })),
    ),
  ),
);

describe('policy: role × action × state × ownership', () => {
  it('covers the whole matrix: 3 roles × 9 actions × 7 states × 4 ownerships = 756', () => {
    expect([...REVISION_ACTIONS].sort()).toEqual([...ACTIONS].sort());
    expect(cases).toHaveLength(756);
    // Sanity of the spec itself: both answers occur.
    expect(cases.filter((c) => c.ok).length).toBeGreaterThan(0);
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThan(0);
  });

  it.each(cases)('$role $action on $state ($own) -> $ok', ({ role, action, state, own, ok }) => {
    const a = actor(role);
    const s = subject(state, own);
    expect(can(a, action, s)).toBe(ok);
    expect(allowedActions(a, s)[action]).toBe(ok);
    if (ok) expect(() => authorize(a, action, s)).not.toThrow();
    else expect(() => authorize(a, action, s)).toThrow(ForbiddenError);
  });
});

describe('policy: actions on no revision', () => {
  const GLOBAL_SPEC: Record<GlobalAction, Role[]> = {
    createArticle: ['EDITOR', 'APPROVER'],
    viewDashboard: ['EDITOR', 'APPROVER', 'ADMIN'],
    viewAudit: ['ADMIN'],
    manageUsers: ['ADMIN'],
    managePersonalData: ['ADMIN'],
    manageCategories: ['ADMIN'],
    moderateFeedback: ['EDITOR', 'APPROVER'],
    viewAllTrends: ['APPROVER', 'ADMIN'],
  };
  const globalCases = ROLES.flatMap((role) =>
    (Object.keys(GLOBAL_SPEC) as GlobalAction[]).map((action) => ({
      role,
      action,
      ok: GLOBAL_SPEC[action].includes(role),
    })),
  );

  it('covers 3 roles × 8 actions = 24', () => {
    expect([...GLOBAL_ACTIONS].sort()).toEqual(Object.keys(GLOBAL_SPEC).sort());
    expect(globalCases).toHaveLength(24);
  });

  it.each(globalCases)('$role $action -> $ok', ({ role, action, ok }) => {
    expect(can(actor(role), action)).toBe(ok);
  });
});

describe('policy: reasons given to the user', () => {
  it('names the four-eyes rule when an approver tries to sign off their own work', () => {
    const reason = refusal(actor('APPROVER'), 'approve', subject('SUBMITTED', 'submitter'));
    expect(reason).toMatch(/chính mình/);
  });

  it('names the role when an editor tries to approve', () => {
    const reason = refusal(actor('EDITOR'), 'approve', subject('SUBMITTED', 'none'));
    expect(reason).toMatch(/Vai trò/);
  });

  it('puts the reason in the ForbiddenError message', () => {
    expect(() => authorize(actor('APPROVER'), 'reject', subject('SUBMITTED', 'author'))).toThrow(
      /chính mình/,
    );
  });
});
