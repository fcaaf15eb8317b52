import { z } from 'zod';
import { oneParam, pageParam } from '../forms/filter-params';
import { readVnDayRange } from '../text/vn-time';
import { type AuditActionKey, isAuditActionKey } from '../core/labels';

/**
 * The audit log's GET form (URL search params), shared by the page and the
 * CSV export so both show the same rows. Malformed values are dropped.
 */
export const auditQuerySchema = z.object({
  'nguoi-thuc-hien': oneParam,
  'thao-tac': oneParam.transform((v) => (v && isAuditActionKey(v) ? v : undefined)),
  'bai-viet': oneParam,
  tu: oneParam,
  den: oneParam,
  trang: pageParam,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export type AuditFilters = {
  actorId?: string;
  action?: AuditActionKey;
  /** Matches article titles (any revision), with or without diacritics. */
  articleTitle?: string;
  /** Inclusive start, exclusive end. */
  from?: Date;
  to?: Date;
};

/** The filters and the date fields that could not be read ("dd/mm/yyyy" expected). */
export function toAuditFilters(query: AuditQuery): {
  filters: AuditFilters;
  badDates: ('tu' | 'den')[];
} {
  const { from, to, badDates } = readVnDayRange(query.tu, query.den);
  return {
    filters: {
      actorId: query['nguoi-thuc-hien'],
      action: query['thao-tac'],
      articleTitle: query['bai-viet'],
      from,
      to,
    },
    badDates,
  };
}
