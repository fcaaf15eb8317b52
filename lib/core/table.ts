import type { Role } from '../generated/prisma/enums';

/**
 * Who may take an action on a revision, and in which states. An action with
 * an `event` is allowed where the transition table has that event for the
 * revision's state; one without is allowed in the states listed in `on`
 * (every state when there is no `on`).
 */
export type ActionRule<S extends string = string, E extends string = string> = {
  /** Roles that may take it (on someone else's work, in a state that allows it). */
  roles: readonly Role[];
  /** The event it makes happen to the revision. */
  event?: E;
  /** Without an event: the states of the revision it may be taken on. */
  on?: readonly S[];
  /** Four eyes: never by the revision's author, a contributor or its submitter. */
  fourEyes?: boolean;
  /** It starts a new revision (in the `initial` state), refused while one is open. */
  startsRevision?: boolean;
};

/**
 * The shape of the workflow as data: states, the transitions between them,
 * which events only the system makes happen, the actions people take and
 * the states "still on the way to the public". The real one is WORKFLOW in
 * states.ts; functions that read it take another one for tests.
 */
export type WorkflowTable<
  S extends string = string,
  E extends string = string,
  A extends string = string,
> = {
  states: readonly S[];
  /** The state every new revision starts in. */
  initial: S;
  /** The state of the revision the public sees: entering it goes live, leaving it takes down. */
  live: S;
  /** from -> event -> to; a pair missing here is illegal. */
  transitions: Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;
  /** Events no person triggers directly (the scheduler, a newer approval). */
  systemEvents: readonly E[];
  actions: Readonly<Record<A, ActionRule<S, E>>>;
  /** States of a revision still on its way to the public: at most one per article. */
  open: readonly S[];
};
