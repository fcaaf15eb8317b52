/**
 * A photo the source names by its caption. Kept as the source's record only:
 * the picture itself is not available, so no cover is seeded from it.
 */
export type SeedPhoto = { caption: string; credit?: string };

/** One article as the source prints it. */
export type SeedArticle = {
  title: string;
  /** The lead paragraph exactly as printed, "(PLVN) -" prefix included. */
  sourceLead: string;
  /** Body paragraphs, word for word; omitted when the source gives only the lead. */
  body?: readonly string[];
  photo?: SeedPhoto;
  publishedAt: Date;
};

const SOURCE_PREFIX = /^\(([^()]+)\)\s*-\s*/;

/**
 * Splits the printed "(PLVN) - Ngày 24/4, …" into the source label "PLVN"
 * and the lead "Ngày 24/4, …" (the rest kept verbatim). The source prints
 * the dash with and without a following space; both are handled.
 */
export function splitSourceLead(printed: string): { source: string; lead: string } {
  const match = SOURCE_PREFIX.exec(printed);
  if (!match?.[1]) return { source: '', lead: printed };
  return { source: match[1], lead: printed.slice(match[0].length) };
}

/**
 * The Markdown body: the paragraphs separated by blank lines. Where the
 * source gives only the lead, the lead is the body's one paragraph, so the
 * page says nothing the source does not and editors find a body to revise.
 */
export function toMarkdownBody(article: SeedArticle): string {
  const paragraphs = article.body ?? [splitSourceLead(article.sourceLead).lead];
  return paragraphs.join('\n\n');
}
