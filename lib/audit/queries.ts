import 'server-only';
import type { Actor } from '../core/actor';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { auditActionLabel, stateChangeLabel } from '../core/labels';
import { authorize } from '../core/policy';
import { type AuditObject, nameAuditObjects } from './objects';
import type { AuditFilters } from './schema';

export type AuditRow = {
  /** BigInt in the database; a string here so it crosses to components. */
  id: string;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  ip: string | null;
  entityType: string;
  entityId: string | null;
  object: AuditObject;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string | null;
  /** "Chờ duyệt → Đang xuất bản", or "" for an event with no state change. */
  stateChange: string;
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

/** Revisions of every article whose title (in any revision) matches, diacritics ignored. */
async function revisionIdsForTitle(title: string): Promise<string[]> {
  const like = `%${title.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "ArticleRevision" r
    WHERE r."articleId" IN (
      SELECT m."articleId" FROM "ArticleRevision" m
      WHERE staff_fold(m.title) LIKE staff_fold(${like})
    )`;
  return rows.map((r) => r.id);
}

async function whereOf(f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const [entityType, action] = f.action ? f.action.split('.') : [];
  return {
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(entityType && action ? { entityType, action } : {}),
    ...(f.articleTitle
      ? { entityType: 'revision', entityId: { in: await revisionIdsForTitle(f.articleTitle) } }
      : {}),
    ...(f.from || f.to
      ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
      : {}),
  };
}

/**
 * The audit trail for the admin audit page and its CSV export, newest
 * first, filtered, `pageSize` rows a page (1-based `page`, clamped to the
 * valid range), each row naming its object and labelled in Vietnamese.
 * Admins only.
 */
export async function listAudit(
  actor: Actor,
  options: { page?: number; pageSize?: number; filters?: AuditFilters } = {},
): Promise<AuditPage> {
  authorize(actor, 'viewAudit');
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), MAX_PAGE_SIZE);
  const where = await whereOf(options.filters ?? {});
  const total = await db().auditEvent.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const requested = Number.isFinite(options.page) ? Math.trunc(options.page ?? 1) : 1;
  const page = Math.min(Math.max(requested, 1), totalPages);
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    include: { actor: { select: { name: true, email: true } } },
  });
  const objectOf = await nameAuditObjects(rows);
  return {
    rows: rows.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      actorName: e.actor?.name ?? null,
      actorEmail: e.actor?.email ?? e.actorEmail,
      ip: e.ip,
      entityType: e.entityType,
      entityId: e.entityId,
      object: objectOf(e),
      action: e.action,
      actionLabel: auditActionLabel(e.action, e.entityType),
      fromState: e.fromState,
      toState: e.toState,
      stateChange: stateChangeLabel(e.fromState, e.toState),
      note: e.note,
    })),
    page,
    pageSize,
    total,
    totalPages,
  };
}

/** Everyone who appears as an actor, for the log's filter. Admins only. */
export async function listAuditActors(actor: Actor): Promise<{ id: string; label: string }[]> {
  authorize(actor, 'viewAudit');
  const users = await db().user.findMany({
    where: { audit: { some: {} } },
    orderBy: { email: 'asc' },
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
}
