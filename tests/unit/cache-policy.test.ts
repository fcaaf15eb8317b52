import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlRules } from '../../lib/cache/http-cache';
import {
  CLOCK_BOUND_ROUTES,
  CLOCK_BOUND_SECONDS,
  FORM_ANSWER_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  SAFETY_NET_SECONDS,
  SHARED_MAX_AGE_SECONDS,
  STALE_WHILE_REVALIDATE_SECONDS,
} from '../../lib/cache/policy.mjs';

const root = path.resolve(import.meta.dirname, '../..');

/** Every route file of app/ (pages and route handlers), relative to the repository. */
function routeFiles(dir = 'app'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(relative);
    return /^(page|route|layout)\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** `export const revalidate = …` must stay a literal Next reads without running the module. */
function revalidateLiterals(): { file: string; value: string }[] {
  return routeFiles().flatMap((file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    const match = /^export const revalidate\s*=\s*([^;\n]+)/m.exec(source);
    return match?.[1] ? [{ file, value: match[1].trim() }] : [];
  });
}

const nginx = () => readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');

describe('the cache policy (lib/cache/policy.mjs) is the one source of every lifetime', () => {
  it('every route segment that sets revalidate sets the safety net (or, where the clock changes the page, the clock-bound lifetime), as a literal', () => {
    const literals = revalidateLiterals();
    expect(literals.length).toBeGreaterThan(0);
    for (const { file, value } of literals) {
      const lifetime = CLOCK_BOUND_ROUTES.includes(file) ? CLOCK_BOUND_SECONDS : SAFETY_NET_SECONDS;
      expect(value, `${file}: export const revalidate`).toBe(String(lifetime));
    }
    const files = literals.map((l) => l.file);
    for (const route of CLOCK_BOUND_ROUTES) expect(files, route).toContain(route);
  });

  it('public pages send the policy as Cache-Control', () => {
    const rule = cacheControlRules().find((r) => r.source === '/');
    expect(rule?.headers).toEqual([{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }]);
    expect(PUBLIC_CACHE_CONTROL).toContain(`s-maxage=${SHARED_MAX_AGE_SECONDS},`);
    expect(PUBLIC_CACHE_CONTROL).toContain(
      `stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`,
    );
  });

  it("what a public form answers (a person's text and email) is never stored: its rule comes after the public one, which also matches it", () => {
    const rules = cacheControlRules();
    const publicRule = rules.findIndex((r) => r.source.startsWith('/:path('));
    expect(publicRule).toBeGreaterThanOrEqual(0);
    for (const source of ['/tin-tuc/:slug/y-kien', '/du-thao/:slug/gop-y', '/y-kien/xac-nhan']) {
      const at = rules.findIndex((r) => r.source === source);
      expect(at, source).toBeGreaterThan(publicRule);
      expect(rules[at]?.headers, source).toEqual([
        { key: 'Cache-Control', value: FORM_ANSWER_CACHE_CONTROL },
      ]);
    }
    expect(FORM_ANSWER_CACHE_CONTROL).toMatch(/^private, no-store\b/);
  });

  it("deploy/nginx.conf keeps pages as long as the policy's s-maxage, no longer", () => {
    const valid = [...nginx().matchAll(/^\s*proxy_cache_valid\s+200 404\s+(\d+)s;/gm)];
    expect(valid).toHaveLength(1);
    expect(Number(valid[0]?.[1])).toBe(SHARED_MAX_AGE_SECONDS);
  });

  it('what deploy/nginx.conf says the portal sends is what the policy sends', () => {
    const said = [...nginx().matchAll(/s-maxage=(\d+), stale-while-revalidate=(\d+)/g)];
    expect(said.length).toBeGreaterThan(0);
    for (const [, maxAge, stale] of said) {
      expect([Number(maxAge), Number(stale)]).toEqual([
        SHARED_MAX_AGE_SECONDS,
        STALE_WHILE_REVALIDATE_SECONDS,
      ]);
    }
  });
});
