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
