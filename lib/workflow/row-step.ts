import 'server-only';
import { type AuditEntry, recordAudit } from '../audit/record';
import type { Actor } from '../core/actor';
import { ConflictError } from '../core/errors';
import { authorize, type RevisionSubject } from '../core/policy';
import {
  type ActionRule,
  nextState,
  type RevisionAction,
  type RevisionState,
  WORKFLOW,
  type WorkflowEvent,
} from '../core/states';
import type { Tx } from './tx';

/**
 * Something other than an article revision that moves through the articles'
 * workflow (a ministry's answer, a consultation version): who wrote it, for
 * the four-eyes rule, and its state under an optimistic lock.
 */
export type SteppedRow = RevisionSubject & { id: string; version: number };

/** The row's key as read: the UPDATE matches all three or changes nothing. */
export type RowKey = { id: string; state: RevisionState; version: number };

/** Where one kind of row lives, and what its audit rows and conflicts say. */
export type RowTable<T extends SteppedRow, D extends object> = {
  entityType: AuditEntry['entityType'];
  /** The Vietnamese message when someone else acted first. */
  stale: string;
  update: (
    tx: Tx,
    where: RowKey,
    data: D & { state: RevisionState; version: { increment: 1 } },
  ) => Promise<{ count: number }>;
  load: (tx: Tx, id: string) => Promise<T>;
};

/** Appends the audit row of a step of such a row, in the caller's transaction. */
export function auditRow(
  tx: Tx,
  actor: Actor,
  entityType: AuditEntry['entityType'],
  entry: {
    id: string;
    action: string;
    from: RevisionState | null;
    to: RevisionState;
    note?: string | null;
  },
): Promise<void> {
  return recordAudit(tx, {
    actorId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip ?? null,
    entityType,
    entityId: entry.id,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to,
    note: entry.note ?? null,
  });
}

/**
 * Every change of such a row's state, inside the caller's transaction: the
 * articles' policy decides (the row stands for a revision: its author,
 * contributors and submitter, so four eyes is the same rule), the articles'
 * transition table gives the new state, one UPDATE compares and sets id,
 * state and version (zero rows: ConflictError), then the audit row.
 */
export async function applyRowStep<T extends SteppedRow, D extends object>(
  tx: Tx,
  actor: Actor,
  table: RowTable<T, D>,
  row: T,
  step: { action: RevisionAction; data?: D; note?: string | null },
): Promise<T> {
  authorize(actor, step.action, row);
  const rule: ActionRule<RevisionState, WorkflowEvent> = WORKFLOW.actions[step.action];
  if (!rule.event) throw new Error(`${step.action} changes no state`);
  const event = rule.event;
  const to = nextState(row.state, event);
  if (!to) throw new ConflictError(table.stale);
  const where = { id: row.id, state: row.state, version: row.version };
  const data = { ...(step.data ?? ({} as D)), state: to, version: { increment: 1 as const } };
  const { count } = await table.update(tx, where, data);
  if (count === 0) throw new ConflictError(table.stale);
  const entry = { id: row.id, action: event, from: row.state, to, note: step.note };
  await auditRow(tx, actor, table.entityType, entry);
  return table.load(tx, row.id);
}
