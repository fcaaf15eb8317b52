import type { Actor } from '../core/actor';
import { can, type RevisionSubject, roleAllows } from '../core/policy';
import {
  type AnyTable,
  hasOpenRevision,
  REAL_TABLE,
  type RevisionAction,
  type RevisionState,
  type WorkflowTable,
} from '../core/states';

/**
 * What an article's staff screen shows, decided from the workflow table and
 * the policy alone (pure, so a test can hand it another table): which
 * revision is the current one, which actions to offer, and who is shown the
 * changes against the live revision.
 */

/** The revision the screen is about: the open one, else the live one, else the newest. */
export function currentRevisionId(
  revisions: readonly { id: string; state: string }[],
  liveRevisionId: string | null,
  table: AnyTable = REAL_TABLE,
): string | undefined {
  const open = revisions.find((r) => table.open.includes(r.state));
  return open?.id ?? liveRevisionId ?? revisions[0]?.id;
}

/** An article as its screen sees it. */
export type ArticleSubjects<S extends string = RevisionState> = {
  current: RevisionSubject<S>;
  /** The live revision when it is not the current one (an amendment is open). */
  live: RevisionSubject<S> | null;
  /** The state of each of the article's revisions. */
  states: readonly S[];
};

/**
 * Which actions to offer: each one the policy allows the actor on the
 * current revision, or else on the live one (taking an article down while
 * its amendment is open); never one that starts a new revision while the
 * article has an open one (the rule amendArticle enforces).
 */
export function offeredActions<S extends string = RevisionState, A extends string = RevisionAction>(
  actor: Actor,
  { current, live, states }: ArticleSubjects<S>,
  table = REAL_TABLE as WorkflowTable<S, string, A>,
): Record<A, boolean> {
  const rules: AnyTable = table;
  const open = hasOpenRevision(states, rules);
  const offered = (action: string) =>
    !(rules.actions[action]?.startsRevision && open) &&
    [current, live].some((r) => r !== null && can(actor, action, r, rules));
  const answers = Object.keys(rules.actions).map((a) => [a, offered(a)]);
  return Object.fromEntries(answers) as Record<A, boolean>;
}

/**
 * Whether the screen shows the revision's changes against the live one:
 * to those who sign off, once it has left its first state and while it is
 * not itself the live one.
 */
export function showsDiff(
  actor: Actor,
  revision: { state: string; isLive: boolean },
  table: AnyTable = REAL_TABLE,
): boolean {
  const signsOff = Object.entries(table.actions).some(
    ([action, rule]) => rule.fourEyes && roleAllows(actor.role, action, table),
  );
  return signsOff && !revision.isLive && revision.state !== table.initial;
}
