import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createNonce,
  isHttpsForwardedProto,
  FILE_POLICY,
  STRICT_TRANSPORT_SECURITY,
} from '../../lib/security/csp';
import { contentSecurityHeaders } from '../../lib/security/headers';
import { hasMalformedEncoding } from '../../lib/security/url';

/** The policy as a map: directive name -> its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const REQUIRED: [string, string][] = [
  ['default-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'self'"],
];

describe('contentSecurityPolicy', () => {
  it.each([
    ['a cached page', {}],
    ['a staff page', { nonce: 'bm9uY2U=' }],
  ])('%s: locks down defaults, plugins, <base>, framing and form targets', (_, options) => {
    const policy = parse(contentSecurityPolicy(options));
    for (const [name, source] of REQUIRED) expect(policy.get(name)).toEqual([source]);
  });

  it('never allows a foreign origin, a wildcard, data: or eval for scripts in production', () => {
    for (const options of [{}, { nonce: 'abc' }, { https: true }]) {
      for (const [name, sources] of parse(contentSecurityPolicy(options))) {
        if (!name.startsWith('script-src')) continue;
        for (const source of sources) {
          expect(source).toMatch(/^'(self|none|unsafe-inline|strict-dynamic|nonce-[^']+)'$/);
        }
      }
    }
  });

  it('staff pages: only scripts carrying the nonce, and what they load', () => {
    const policy = parse(contentSecurityPolicy({ nonce: 'bm9uY2U=' }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy({ nonce: 'x' })).not.toContain('unsafe-inline');
  });

  it('cached pages: inline <script> elements but no inline event handlers', () => {
    const policy = parse(contentSecurityPolicy());
    expect(policy.get('script-src-elem')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('asks for https subresources only when the request came over https', () => {
    expect(contentSecurityPolicy({ https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy()).not.toContain('upgrade-insecure-requests');
  });

  it('allows eval and inline styles in development only', () => {
    expect(parse(contentSecurityPolicy({ development: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });
});

describe('createNonce', () => {
  it('gives 128 random bits in base64, different each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('isHttpsForwardedProto', () => {
  it.each([
    ['https', true],
    ['HTTPS', true],
    ['https, http', true],
    ['http', false],
    ['http, https', false],
    ['https\u00a0', false], // as Next's header rule reads it: not https
    [null, false],
  ])('%s -> %s', (value, expected) => {
    expect(isHttpsForwardedProto(value)).toBe(expected);
  });
});

describe('contentSecurityHeaders (next.config)', () => {
  const keys = (production: boolean) =>
    contentSecurityHeaders({ production }).flatMap((rule) => rule.headers.map((h) => h.key));

  it('sends HSTS and the https variant in production only', () => {
    const rules = contentSecurityHeaders({ production: true });
    expect(keys(true)).toContain('Strict-Transport-Security');
    expect(rules.flatMap((r) => r.headers).map((h) => h.value)).toContain(
      STRICT_TRANSPORT_SECURITY,
    );
    expect(keys(false)).not.toContain('Strict-Transport-Security');
    const https = rules.find((rule) => rule.has);
    expect(https?.headers[0]?.value).toContain('upgrade-insecure-requests');
  });

  it('gives uploaded files the file policy, after (so over) the page policy', () => {
    for (const production of [true, false]) {
      const last = contentSecurityHeaders({ production }).at(-1);
      expect(last?.source).toBe('/media/:path*');
      expect(last?.headers).toEqual([{ key: 'Content-Security-Policy', value: FILE_POLICY }]);
    }
    const file = parse(FILE_POLICY);
    expect(file.get('default-src')).toEqual(["'none'"]);
    expect(file.has('sandbox')).toBe(true);
  });

  it('gives plain-HTML routes a policy with no inline script, over http and https', () => {
    const rules = contentSecurityHeaders({ production: true }).filter(
      (rule) => rule.source === '/tin-tuc/:slug',
    );
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      const policy = parse(rule.headers[0]?.value ?? '');
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.has('script-src-elem')).toBe(false);
      expect(policy.get('form-action')).toEqual(["'self'"]);
    }
    expect(rules[0]?.headers[1]?.key).toBe('x-portal-plain-html');
    expect(rules[1]?.headers[0]?.value).toContain('upgrade-insecure-requests');
    const dev = contentSecurityHeaders({ production: false });
    expect(dev.some((rule) => rule.source === '/tin-tuc/:slug')).toBe(false);
  });

  it('matches X-Forwarded-Proto the way Next does (whole value, ^…$)', () => {
    const has = contentSecurityHeaders({ production: true }).find((r) => r.has)?.has?.[0];
    const matcher = new RegExp(`^${has?.value}$`);
    expect(['https', 'HTTPS', 'https, http'].every((v) => matcher.test(v))).toBe(true);
    expect(['http', 'http, https', 'xhttps'].some((v) => matcher.test(v))).toBe(false);
  });
});

describe('hasMalformedEncoding', () => {
  it.each([
    '/tin-tuc/%',
    '/tin-tuc/%E0%A4%A',
    '/chuyen-muc/%ZZ',
    '/ke-hoach-truyen-thong/%C0%AF',
    '/media/a/%ED%A0%80',
    '/x%',
  ])('%s is malformed', (path) => {
    expect(hasMalformedEncoding(path)).toBe(true);
  });

  it.each(['/tin-tuc/abc', '/tin-tuc/%C3%A1', '/tin-tuc/%25', '/tin-tuc/a%2Fb', '/'])(
    '%s decodes',
    (path) => {
      expect(hasMalformedEncoding(path)).toBe(false);
    },
  );
});
