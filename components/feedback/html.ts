import { FORM_ANSWER_CACHE_CONTROL } from '@/lib/cache/policy.mjs';
import { PORTAL_NAME } from '@/lib/site/names';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * A whole Vietnamese page answered by the feedback form's route: plain HTML
 * with the portal's small stylesheet for these pages and no script, so it
 * shows the same with JavaScript off. Callers pass `main` already escaped.
 */
export function htmlPage(title: string, main: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} | ${PORTAL_NAME}</title>
<link rel="stylesheet" href="/y-kien.css">
</head><body>
<header><a href="/">${PORTAL_NAME}</a></header>
<main id="noi-dung">
${main}
</main></body></html>`;
}

/** The headers of every answer page: HTML that no cache keeps. */
export const FORM_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': FORM_ANSWER_CACHE_CONTROL,
};

/**
 * An HTML response that no cache keeps (it holds what one person typed);
 * next.config.ts sends the same Cache-Control for these routes
 * (FORM_ANSWER_ROUTES), since Next keeps its own rule over a handler's.
 */
export function htmlResponse(html: string, status: number, headers: Record<string, string> = {}) {
  return new Response(html, {
    status,
    headers: { ...FORM_ANSWER_HEADERS, ...headers },
  });
}
