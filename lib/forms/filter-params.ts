import { z } from 'zod';

/**
 * Pieces shared by the staff GET filter forms (the article list, the audit
 * log): a URL parameter read as one trimmed string, never refused (a
 * malformed or edited URL still shows a list), and the page number.
 */

/** The first value of a parameter, trimmed; blank or too long reads as absent. */
export const oneParam = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
);

/** `trang`: a positive whole number, else 1. */
export const pageParam = oneParam.transform((v) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : 1;
});

/** "?…" for the same filters on page `page` (page 1 left out), or "" when there is nothing. */
export function filterSearch(
  query: Record<string, string | number | undefined>,
  page: number,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v && k !== 'trang') params.set(k, String(v));
  if (page > 1) params.set('trang', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
