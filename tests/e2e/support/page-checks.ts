import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

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
