import 'server-only';
import type { Actor } from '../core/actor';
import { auditCsv } from './csv';
import { listAudit } from './queries';
import type { AuditFilters } from './schema';

/** An export holds at most this many rows; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/** The filtered audit log as CSV, newest first. Admins only (listAudit checks). */
export async function exportAuditCsv(actor: Actor, filters: AuditFilters): Promise<string> {
  const rows = [];
  for (let page = 1; rows.length < AUDIT_EXPORT_LIMIT; page++) {
    const batch = await listAudit(actor, { page, pageSize: 200, filters });
    rows.push(...batch.rows);
    if (page >= batch.totalPages) break;
  }
  return auditCsv(rows.slice(0, AUDIT_EXPORT_LIMIT));
}
