import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export type AuditEntry = {
  actorId?: string | null;
  actorEmail?: string | null;
  ip?: string | null;
  entityType:
    | 'article'
    | 'revision'
    | 'user'
    | 'category'
    | 'session'
    | 'plan'
    | 'media'
    | 'event'
    | 'personal_data'
    | 'feedback'
    | 'feedback-answer'
    | 'consultation-version'
    | 'event-revision'
    | 'plan-revision'
    | 'disposition-register';
  entityId?: string | null;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  note?: string | null;
};

type Writer = { auditEvent: Prisma.TransactionClient['auditEvent'] };

/**
 * Appends one row to the audit trail. Pass the transaction client (`tx`) of
 * the change being recorded, so the change and its record commit together.
 * There is deliberately no update or delete here; the database refuses both.
 */
export async function recordAudit(client: Writer, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({ data: entry });
}
