// @ts-check
/**
 * The response header by which a route declares that it needs no client
 * code (lib/security/plain-html-routes.ts sets it): the server's page memo
 * (lib/cache/page-memo.mjs) then sends the page without Next's client
 * runtime, and removes the header. CommonJS because both read it:
 * next.config.ts and the memo, which runs outside Next's bundler.
 */
exports.PLAIN_HTML_HEADER = 'x-portal-plain-html';
