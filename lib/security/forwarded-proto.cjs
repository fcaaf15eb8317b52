// @ts-check
/**
 * X-Forwarded-Proto as a TLS-terminating proxy writes it: "https", or the
 * first of a list. One pattern for every reader: the https header rule of
 * next.config.ts (Next matches a `has` value whole, `^…$`), proxy.ts, and
 * the server's page memo, which keeps its https copies apart. A reader that
 * disagreed with Next's rule (say, on "https" and a no-break space) would
 * file the policy Next chose for http under the https copy.
 * CommonJS because next.config.ts and the memo, outside Next's bundler, both read it.
 */
exports.HTTPS_FORWARDED_PROTO = '[Hh][Tt][Tt][Pp][Ss](?:\\s*,.*)?';
const WHOLE = new RegExp(`^${exports.HTTPS_FORWARDED_PROTO}$`);

/** True when the X-Forwarded-Proto value says the client connected over https. */
exports.isHttpsForwardedProto = function isHttpsForwardedProto(
  /** @type {string | null | undefined} */ value,
) {
  return typeof value === 'string' && WHOLE.test(value);
};
