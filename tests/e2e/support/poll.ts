import type { APIRequestContext } from '@playwright/test';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Runs `check` again and again until it returns true, and answers when that
 * happened in milliseconds after `from` (epoch ms; negative if before it),
 * or null when it still failed at `from + limitMs`.
 */
export async function pollUntil(
  check: () => Promise<boolean>,
  from: number,
  limitMs: number,
  everyMs = 50,
): Promise<number | null> {
  const deadline = from + limitMs;
  for (;;) {
    if (await check()) return Date.now() - from;
    if (Date.now() >= deadline) return null;
    await sleep(Math.min(everyMs, deadline - Date.now()));
  }
}

/** The HTML a citizen's browser receives at `path` before any script runs. */
export async function served(
  request: APIRequestContext,
  path: string,
): Promise<{ status: number; html: string }> {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), html: await response.text() };
}

/** An `href` attribute pointing at the article at `slug`, as the HTML has it. */
export const linkTo = (slug: string) => `href="/tin-tuc/${slug}"`;
