import type { SearchParams } from '@/lib/search';

/** The address of a search, page 1 without `trang`, so every page has one URL. */
export function searchHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.category) query.set('chuyen-muc', params.category);
  if (params.from) query.set('tu', params.from);
  if (params.to) query.set('den', params.to);
  if (params.sort === 'newest') query.set('sap-xep', 'moi-nhat');
  if (page > 1) query.set('trang', String(page));
  return `/tim-kiem?${query.toString()}`;
}
