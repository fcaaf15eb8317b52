import { ROUTED_PAGE_SLUGS } from '../core/page-slugs';
import { PLAIN_HTML_HEADER } from './plain-html-header.cjs';

/**
 * The public routes that need no client code: Server Components only, with
 * links and GET or POST forms that work as plain HTML. Each is declared here
 * by its address as Next matches it (`source` in next.config.ts `headers()`,
 * before rewrites), not guessed from its HTML. Their answers get the
 * plain-HTML Content-Security-Policy (no inline script at all) and
 * PLAIN_HTML_HEADER, by which the server's page memo sends them without
 * Next's client runtime. A route not listed is sent as Next made it, and
 * hydrates. tests/e2e/memo-contract.spec.ts fails if a listed route renders
 * a client component of the portal's.
 */
export const PLAIN_HTML_ROUTES: readonly string[] = [
  '/',
  '/tin-tuc/:slug',
  '/chuyen-muc/:slug',
  '/ke-hoach-truyen-thong/:year',
  '/su-kien/:slug',
  '/ve-thong-ke',
  '/du-thao/:slug/so-sanh/:cap',
  '/du-thao/:slug/tiep-thu-giai-trinh',
  '/du-thao/:slug/tiep-thu-giai-trinh/ban-in',
  ...ROUTED_PAGE_SLUGS.map((slug) => `/${slug}`),
];

export { PLAIN_HTML_HEADER };
