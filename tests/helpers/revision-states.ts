import type { RevisionState } from '../../lib/core/states';

/**
 * Every state a revision can be in, written out by hand so the unit tests
 * enumerate them independently of lib/core/states.ts.
 */
export const ALL_STATES: RevisionState[] = [
  'DRAFT',
  'SUBMITTED',
  'REJECTED',
  'SCHEDULED',
  'PUBLISHED',
  'UNPUBLISHED',
  'SUPERSEDED',
];
