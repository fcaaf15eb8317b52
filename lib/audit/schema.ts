import { z } from 'zod';
import { readVnDayRange } from '../text/vn-time';
import { type AuditActionKey, isAuditActionKey } from '../workflow/labels';

const one = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
);

/**
 * The audit log's GET form (URL search params), shared by the page and the
 * CSV export so both show the same rows. Malformed values are dropped.
 */
export const auditQuerySchema = z.object({
  'nguoi-thuc-hien': one,
  'thao-tac': one.transform((v) => (v && isAuditActionKey(v) ? v : undefined)),
  'bai-viet': one,
  tu: one,
  den: one,
  trang: one.transform((v) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : 1;
  }),
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

/** "?…" for the same filters on page `page` (page 1 left out), or "" when there is nothing. */
export function auditSearchParams(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v && k !== 'trang') params.set(k, String(v));
  if (page > 1) params.set('trang', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
