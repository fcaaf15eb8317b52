import 'server-only';
import type { Actor } from '../auth/actor';
import { db } from '../db/client';
import { auditActionLabel } from '../workflow/labels';
import { authorize } from '../workflow/policy';

export type AuditRow = {
  /** BigInt in the database; a string here so it crosses to components. */
  id: string;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  ip: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
};

export type AuditPage = {
  rows: AuditRow[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
};

const MAX_PAGE_SIZE = 200;

/**
 * The audit trail for the admin audit page, newest first, `pageSize` rows
 * a page (1-based `page`, clamped to the valid range). Admins only.
 */
export async function listAudit(
  actor: Actor,
  options: { page?: number; pageSize?: number } = {},
): Promise<AuditPage> {
  authorize(actor, 'viewAudit');
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), MAX_PAGE_SIZE);
  const total = await db().auditEvent.count();
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const requested = Number.isFinite(options.page) ? Math.trunc(options.page ?? 1) : 1;
  const page = Math.min(Math.max(requested, 1), totalPages);
  const rows = await db().auditEvent.findMany({
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    include: { actor: { select: { name: true, email: true } } },
  });
  return {
    rows: rows.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      actorName: e.actor?.name ?? null,
      actorEmail: e.actor?.email ?? e.actorEmail,
      ip: e.ip,
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      actionLabel: auditActionLabel(e.action),
      fromState: e.fromState,
      toState: e.toState,
      note: e.note,
    })),
    page,
    pageSize,
    total,
    totalPages,
  };
}
