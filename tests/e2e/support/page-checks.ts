import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'tests/artifacts/screenshots';

/** Collects console errors and failed page requests, for a test to assert none happened. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Saves a full-page screenshot as a kept artifact. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/**
 * Waits until Next's client runtime has run and hydrated the page: the
 * runtime sets `window.next`, and the router, once hydrated, mounts its
 * route announcer. Both need the page's scripts, inline payload included.
 * Wait for it before filling a textarea that already holds text: React sets
 * a textarea back to its server-rendered text when it hydrates, and a fill
 * (select all, then type) caught in between leaves "typed + old text". A
 * person's own early typing is put back by lib/forms/keep-typed-text.ts.
 */
export async function expectHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => 'next' in window && document.querySelector('next-route-announcer') !== null,
    undefined,
    { timeout: 15_000 },
  );
}

/** No axe violation of WCAG 2.1 A and AA on the page (or on the part `include` selects). */
export async function expectNoAxeViolation(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(
    results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
  ).toEqual([]);
}
