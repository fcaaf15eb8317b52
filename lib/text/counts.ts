/**
 * Words in a Markdown body as a reader counts them: runs of text with at
 * least one letter or digit, so list marks, "##" and "---" are not words,
 * nor are a photo's address and caption or a link's address.
 */
export function wordCount(markdown: string): number {
  const prose = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\]\([^)]*\)/g, '] ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Characters as the length limits count them (NFC, like the saved text). */
export function charCount(text: string): number {
  return text.normalize('NFC').length;
}
