// @ts-check
/**
 * How expireTags (in Next's bundle) reaches the server's page memo
 * (page-memo.mjs, loaded by scripts/serve.mjs outside the bundle): both
 * share the process's global object, not a module instance.
 */
const KEY = Symbol.for('portal.page-memo.expire');

/** @typedef {Record<symbol, (() => void) | undefined>} Holder */

/** Empties the memo of this process, if the server runs one. */
export function expirePageMemo() {
  /** @type {Holder} */ (globalThis)[KEY]?.();
}

/** @param {(() => void) | undefined} expire */
export function onPageMemoExpiry(expire) {
  /** @type {Holder} */ (globalThis)[KEY] = expire;
}
