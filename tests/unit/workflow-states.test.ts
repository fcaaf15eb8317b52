import { describe, expect, it } from 'vitest';
import { RevisionState as PrismaStates } from '../../lib/generated/prisma/enums';
import {
  EDITABLE_STATES,
  nextState,
  OPEN_STATES,
  REVISION_STATES,
  type RevisionState,
  WORKFLOW_EVENTS,
  type WorkflowEvent,
} from '../../lib/core/states';
import { ALL_STATES } from '../helpers/revision-states';

// The workflow written out by hand, independently of states.ts: every legal
// (state, event) pair and where it leads. Anything not listed is illegal.
const STATES = ALL_STATES;
const EVENTS: WorkflowEvent[] = [
  'edit',
  'submit',
  'approve',
  'schedule',
  'unschedule',
  'publishDue',
  'reject',
  'unpublish',
  'supersede',
];
const LEGAL: Record<string, RevisionState> = {
  'DRAFT edit': 'DRAFT',
  'DRAFT submit': 'SUBMITTED',
  'SUBMITTED approve': 'PUBLISHED',
  'SUBMITTED schedule': 'SCHEDULED',
  'SUBMITTED reject': 'REJECTED',
  'REJECTED edit': 'DRAFT',
  'REJECTED submit': 'SUBMITTED',
  'SCHEDULED publishDue': 'PUBLISHED',
  'SCHEDULED unschedule': 'SUBMITTED',
  'PUBLISHED unpublish': 'UNPUBLISHED',
  'PUBLISHED supersede': 'SUPERSEDED',
};

const pairs = STATES.flatMap((state) => EVENTS.map((event) => [state, event] as const));

describe('revision transition table', () => {
  it('knows exactly the states of the database and the events of the workflow', () => {
    expect([...REVISION_STATES].sort()).toEqual(Object.values(PrismaStates).sort());
    expect([...REVISION_STATES].sort()).toEqual([...STATES].sort());
    expect([...WORKFLOW_EVENTS].sort()).toEqual([...EVENTS].sort());
    expect(pairs).toHaveLength(63);
  });

  it.each(pairs.filter(([s, e]) => LEGAL[`${s} ${e}`]))('%s + %s is allowed', (state, event) => {
    expect(nextState(state, event)).toBe(LEGAL[`${state} ${event}`]);
  });

  it.each(pairs.filter(([s, e]) => !LEGAL[`${s} ${e}`]))('%s + %s is refused', (state, event) => {
    expect(nextState(state, event)).toBeNull();
  });

  it('lets content change only in DRAFT and REJECTED', () => {
    expect([...EDITABLE_STATES].sort()).toEqual(['DRAFT', 'REJECTED']);
  });

  it('counts every state before publication as open, and none after', () => {
    expect([...OPEN_STATES].sort()).toEqual(['DRAFT', 'REJECTED', 'SCHEDULED', 'SUBMITTED']);
  });

  it('has no way out of UNPUBLISHED or SUPERSEDED', () => {
    for (const event of EVENTS) {
      expect(nextState('UNPUBLISHED', event)).toBeNull();
      expect(nextState('SUPERSEDED', event)).toBeNull();
    }
  });

  it('reaches PUBLISHED only by approval or the schedule, never straight from a draft', () => {
    const into = pairs.filter(([s, e]) => nextState(s, e) === 'PUBLISHED');
    expect(into).toEqual([
      ['SUBMITTED', 'approve'],
      ['SCHEDULED', 'publishDue'],
    ]);
  });
});
