/**
 * URL slug: lowercase ASCII, Vietnamese diacritics removed,
 * đ/Đ -> d, any run of other characters -> '-', no leading or trailing '-'.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True when `value` could be a slug that slugify() made. Anything else cannot
 * match a stored slug, so readers answer it without a query (and without
 * filling a cache with keys a visitor typed).
 */
export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG_PATTERN.test(value);
}
