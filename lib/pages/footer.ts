/**
 * The footer's legal notice (agency, address, phone, email, person
 * responsible, licence) is a page whose body holds one "Label: value" line
 * per item, so staff edit it like any text and the approver reads it as it
 * will appear. Parsed here into items; a line without a label is kept as
 * plain text rather than dropped.
 */
export type FooterItem = {
  label: string | null;
  value: string;
  /** mailto:/tel: for a value that is exactly an email address or phone number. */
  href: string | null;
};

const LABELLED = /^([^:]{1,60}):\s*(.+)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 .-]{5,20}[0-9]$/;

function linkFor(value: string): string | null {
  if (EMAIL.test(value)) return `mailto:${value}`;
  if (PHONE.test(value)) return `tel:${value.replace(/[ .-]/g, '')}`;
  return null;
}

/** Markdown list markers and emphasis a staff member may type around a line. */
function plain(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

/** The footer page's body as items, in order; blank lines skipped. */
export function parseFooter(body: string): FooterItem[] {
  return body.split(/\r?\n/).flatMap((raw): FooterItem[] => {
    const line = plain(raw);
    if (!line) return [];
    const match = LABELLED.exec(line);
    if (!match?.[1] || !match[2]) return [{ label: null, value: line, href: null }];
    const value = match[2].trim();
    return [{ label: match[1].trim(), value, href: linkFor(value) }];
  });
}
