/** Types of plain-html.mjs. */
export const CLIENT_RUNTIME_MARK: string;
export function plainHtml(html: string): string;
