import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type ActionFlags, ArticleActions } from '../../components/workflow/article-actions';
import type { Actor, Role } from '../../lib/core/actor';
import { offeredActions } from '../../lib/workflow/article-screen';
import { allowedActions, can, type RevisionSubject, refusal } from '../../lib/core/policy';
import {
  nextState,
  type RevisionAction,
  type RevisionState,
  statesAllowing,
  WORKFLOW,
  type WorkflowEvent,
  type WorkflowTable,
} from '../../lib/core/states';

// The workflow is one table: the policy and the staff screen's buttons are
// read from it. These tests hand them tables the product does not have, and
// check that both follow without any other change.

type State = RevisionState | 'ARCHIVED';
type Event = WorkflowEvent | 'archive';

/** The real table plus a state ARCHIVED, reached from UNPUBLISHED by an approver's "archive". */
const ARCHIVING = {
  ...WORKFLOW,
  states: [...WORKFLOW.states, 'ARCHIVED'],
  transitions: { ...WORKFLOW.transitions, UNPUBLISHED: { archive: 'ARCHIVED' }, ARCHIVED: {} },
  actions: {
    ...WORKFLOW.actions,
    archive: { roles: ['APPROVER'], event: 'archive', fourEyes: true },
  },
} satisfies WorkflowTable<State, Event, RevisionAction | 'archive'>;

/** The real table without the way back from SCHEDULED. */
const NO_UNSCHEDULE = {
  ...WORKFLOW,
  transitions: { ...WORKFLOW.transitions, SCHEDULED: { publishDue: 'PUBLISHED' } },
} satisfies WorkflowTable<RevisionState, WorkflowEvent, RevisionAction>;

const ME = 'user-me';
const actor = (role: Role): Actor => ({ id: ME, email: 'me@example.gov.vn', name: 'Tôi', role });
const approver = actor('APPROVER');
const editor = actor('EDITOR');

/** A revision someone else wrote and submitted (or I did, with `mine`). */
function revision<S extends string>(state: S, mine = false): RevisionSubject<S> {
  const by = mine ? ME : 'user-other';
  return { state, authorId: by, contributorIds: [by], submitterId: by };
}

/** The article screen's subjects for an article whose one revision is `r`. */
const only = <S extends string>(r: RevisionSubject<S>) => ({
  current: r,
  live: null,
  states: [r.state],
});

function renderActions(flags: ActionFlags): string {
  const action = async () => ({ ok: true });
  const actions = {
    submit: action,
    approve: action,
    reject: action,
    unschedule: action,
    unpublish: action,
    amend: action,
  };
  const props = { flags, actions, revision: { id: 'r1', version: 3 }, articleId: 'a1' };
  // The first step of every form, nothing typed yet and no read-back asked for.
  const step = {
    kind: null,
    form: null,
    version: null,
    publishAt: '',
    publishAtDate: null,
    reason: '',
    errors: {},
  };
  return renderToStaticMarkup(
    createElement(ArticleActions, { ...props, example: '', step, confirmation: null }),
  );
}

describe('a state and an action added to the table', () => {
  it('is a transition: nextState follows the table it is given', () => {
    expect(nextState('UNPUBLISHED', 'archive', ARCHIVING)).toBe('ARCHIVED');
    expect(nextState('PUBLISHED', 'archive', ARCHIVING)).toBeNull();
    expect(nextState('ARCHIVED', 'submit', ARCHIVING)).toBeNull();
    expect(nextState('UNPUBLISHED', 'archive' as WorkflowEvent)).toBeNull(); // not in the real one
  });

  it('is ruled by the policy: role, state and four eyes, as the table says', () => {
    expect(can(approver, 'archive', revision('UNPUBLISHED'), ARCHIVING)).toBe(true);
    expect(refusal(editor, 'archive', revision('UNPUBLISHED'), ARCHIVING)).toMatch(/Vai trò/);
    expect(refusal(approver, 'archive', revision('PUBLISHED'), ARCHIVING)).toMatch(/Trạng thái/);
    expect(refusal(approver, 'archive', revision('UNPUBLISHED', true), ARCHIVING)).toMatch(
      /chính mình/,
    );
    expect(allowedActions(approver, revision('UNPUBLISHED'), ARCHIVING).archive).toBe(true);
    expect(allowedActions(approver, revision('UNPUBLISHED'))).not.toHaveProperty('archive');
  });

  it('is offered on the staff screen exactly where the policy allows it', () => {
    expect(offeredActions(approver, only(revision('UNPUBLISHED')), ARCHIVING).archive).toBe(true);
    expect(offeredActions(editor, only(revision('UNPUBLISHED')), ARCHIVING).archive).toBe(false);
    expect(offeredActions(approver, only(revision('PUBLISHED')), ARCHIVING).archive).toBe(false);
    expect(offeredActions(approver, only(revision('UNPUBLISHED')))).not.toHaveProperty('archive');
  });

  it('leaves the new state final until the table says otherwise', () => {
    const archived = only(revision('ARCHIVED'));
    expect(offeredActions(editor, archived, ARCHIVING)).toMatchObject({ amend: false, view: true });
    const amendable = {
      ...ARCHIVING,
      actions: {
        ...ARCHIVING.actions,
        amend: { ...ARCHIVING.actions.amend, on: ['PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] },
      },
    } satisfies WorkflowTable<State, Event, RevisionAction | 'archive'>;
    expect(offeredActions(editor, archived, amendable).amend).toBe(true);
  });
});

describe('an event taken out of the table', () => {
  const scheduled = only(revision('SCHEDULED'));

  it('is refused by the policy and its button leaves the screen', () => {
    expect(can(approver, 'unschedule', revision('SCHEDULED'))).toBe(true);
    expect(can(approver, 'unschedule', revision('SCHEDULED'), NO_UNSCHEDULE)).toBe(false);
    const real = offeredActions(approver, scheduled);
    const without = offeredActions(approver, scheduled, NO_UNSCHEDULE);
    expect([real.unschedule, without.unschedule]).toEqual([true, false]);
    expect(renderActions(real)).toContain('Hủy hẹn giờ');
    expect(renderActions(without)).not.toContain('Hủy hẹn giờ');
  });

  it('still leaves the system its own event: the scheduler looks where the table says', () => {
    expect(statesAllowing('publishDue')).toEqual(['SCHEDULED']);
    expect(statesAllowing('publishDue', NO_UNSCHEDULE)).toEqual(['SCHEDULED']);
    expect(statesAllowing('unschedule', NO_UNSCHEDULE)).toEqual([]);
  });
});

describe('an amendment while another revision is open', () => {
  it('is not offered, even though the live revision itself could be amended', () => {
    const live = revision('PUBLISHED');
    const states: RevisionState[] = ['DRAFT', 'PUBLISHED'];
    const article = { current: revision('DRAFT'), live, states };
    expect(can(editor, 'amend', live)).toBe(true);
    expect(offeredActions(editor, article).amend).toBe(false);
    // Taking the live one down is still offered while the amendment is open.
    expect(offeredActions(approver, article).unpublish).toBe(true);
  });
});
