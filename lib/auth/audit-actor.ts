import type { AuditEntry } from '../audit/record';
import type { Actor } from '../core/actor';

/** Who did it, as the audit trail records it. */
export function auditActor(actor: Actor): Pick<AuditEntry, 'actorId' | 'actorEmail' | 'ip'> {
  return { actorId: actor.id, actorEmail: actor.email, ip: actor.ip ?? null };
}
