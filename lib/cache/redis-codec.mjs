// @ts-check
/**
 * How cache entries are written to Redis. Next's cache values hold Buffers
 * (a page's RSC payload) and Maps of Buffers (its segments): JSON keeps
 * neither, so both are tagged on the way out and rebuilt on the way in.
 */

/** Next's header carrying a page's tags, the data tags it read included. */
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ lastModified: number, value: unknown, tags: string[], cacheControl?: unknown }} Entry
 */

/**
 * @this {Record<string, unknown>}
 * @param {string} key
 * @param {unknown} value
 */
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}

/**
 * @param {string} _key
 * @param {unknown} value
 */
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if ('$buffer' in value && typeof value.$buffer === 'string') {
      return Buffer.from(value.$buffer, 'base64');
    }
    if ('$map' in value && Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

/** @param {Entry} entry */
export function encode(entry) {
  return JSON.stringify(entry, replacer);
}

/**
 * @param {string} raw
 * @returns {Entry}
 */
export function decode(raw) {
  return JSON.parse(raw, reviver);
}

/**
 * Every tag an entry depends on: those given for a data entry, and for a
 * page those Next lists in its tags header (its path and the data it read).
 * @param {unknown} data
 * @param {{ tags?: string[] } | undefined} ctx
 * @returns {string[]}
 */
export function tagsOf(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  if (data && typeof data === 'object') {
    if ('tags' in data && Array.isArray(data.tags))
      for (const tag of data.tags) tags.add(String(tag));
    const headers = 'headers' in data ? data.headers : undefined;
    const header =
      headers && typeof headers === 'object' ? Reflect.get(headers, TAGS_HEADER) : undefined;
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  }
  return [...tags];
}
