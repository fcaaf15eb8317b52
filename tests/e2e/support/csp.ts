import { expect, type Page } from '@playwright/test';

// Records every Content-Security-Policy violation a page reports, from the
// first script on: an init script (run by the browser before any page
// script, and not subject to the page's policy) listens on the document and
// hands each event to the test; Chromium's console messages about refused
// resources are recorded too.

declare global {
  interface Window {
    reportCspViolation?: (line: string) => Promise<void>;
  }
}

/** Starts recording on `page`; returns the live list of violations. */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => {
    violations.push(`${page.url()}: ${line}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = `${event.sourceFile || 'inline'}:${event.lineNumber}`;
        void window.reportCspViolation?.(
          `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${where})`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: console: ${message.text()}`);
    }
  });
  return violations;
}

/**
 * A page whose route is declared plain HTML (lib/security/plain-html-routes.ts)
 * is sent without Next's runtime (lib/cache/plain-html.mjs): nothing to
 * hydrate, and no script but JSON-LD and the portal's own.
 */
export async function expectPlainHtml(page: Page): Promise<void> {
  const scripts = await page.$$eval('script', (els) =>
    els.map((e) => e.getAttribute('src') ?? `inline ${e.getAttribute('type') ?? 'script'}`),
  );
  expect(
    scripts.filter((s) => s !== 'inline application/ld+json' && s !== '/article-tools.js'),
  ).toEqual([]);
  expect(await page.evaluate(() => 'next' in window)).toBe(false);
}

export { expectHydrated } from './page-checks';

/** The directives of a policy header: name -> sources. */
export function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, 'a Content-Security-Policy header').toBeTruthy();
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** The minimum every response's policy holds. */
export function expectBaseline(policy: string | undefined): void {
  const map = directives(policy);
  expect(map.get('default-src')?.[0]).toMatch(/^'(self|none)'$/);
  expect(map.get('object-src')).toEqual(["'none'"]);
  expect(map.get('base-uri')).toEqual(["'none'"]);
  expect(map.get('frame-ancestors')).toEqual(["'none'"]);
  expect(map.get('form-action')?.[0]).toMatch(/^'(self|none)'$/);
  for (const [name, sources] of map) {
    if (!name.startsWith('script-src')) continue;
    for (const source of sources) expect(source).not.toMatch(/^(\*|https?:|data:|blob:)/);
  }
}
