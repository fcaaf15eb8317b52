/** Types of plain-html.mjs. */
export function publicScripts(dir: string): Set<string>;
export function plainHtml(html: string, ownScripts: ReadonlySet<string>): string;
