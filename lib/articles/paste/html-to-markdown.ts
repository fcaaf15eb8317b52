import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { sanitizeBodyHtml } from '../render';
import { inline } from './inline-markdown';
import { normaliseOfficeHtml } from './office-html';

/**
 * Clipboard HTML (Word, Google Docs, a web page) as clean Markdown: the
 * office styles read for what they mean, then the article body's own
 * sanitiser (so only what a body may hold survives: headings, lists, bold,
 * italic, links, quotes, tables), then written as Markdown. Pure.
 */
export function htmlToMarkdown(html: string): string {
  const clean = sanitizeBodyHtml(normaliseOfficeHtml(html.normalize('NFC')));
  const doc = parseDocument(clean, { decodeEntities: true });
  return blocks(doc.children).join('\n\n').trim();
}

const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'br', 'img']);

function isInline(node: ChildNode): boolean {
  return isText(node) || (isTag(node) && INLINE.has(node.name));
}

/** Block-level Markdown for a run of nodes; loose inline nodes form paragraphs. */
function blocks(nodes: ChildNode[]): string[] {
  const out: string[] = [];
  let run: ChildNode[] = [];
  const flush = () => {
    const text = inline(run).trim();
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    flush();
    if (isTag(node)) out.push(...block(node));
  }
  flush();
  return out.filter((b) => b.trim() !== '');
}

function block(el: Element): string[] {
  switch (el.name) {
    case 'h2':
    case 'h3':
    case 'h4': {
      const text = plain(el.children);
      return text ? [`${'#'.repeat(Number(el.name[1]))} ${text}`] : [];
    }
    case 'p':
      return [inline(el.children).trim()];
    case 'ul':
    case 'ol':
      return [list(el)];
    case 'blockquote':
      return [
        blocks(el.children)
          .join('\n\n')
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n'),
      ];
    case 'table':
      return [table(el)];
    case 'hr':
      return ['---'];
    default:
      return blocks(el.children);
  }
}

function list(el: Element, depth = 0): string {
  const ordered = el.name === 'ol';
  let n = Number(el.attribs.start ?? '1') || 1;
  const lines: string[] = [];
  for (const child of el.children) {
    if (!isTag(child)) continue;
    // Google Docs nests a list directly in its parent list, not in an item.
    if (child.name === 'ul' || child.name === 'ol') {
      lines.push(list(child, depth + 1));
      continue;
    }
    const marker = ordered ? `${n++}. ` : '- ';
    const indent = '   '.repeat(depth);
    const nested = child.children.filter((c) => isTag(c) && (c.name === 'ul' || c.name === 'ol'));
    const own = child.children.filter((c) => !nested.includes(c));
    const text = blocks(own)
      .join(' ')
      .replace(/\s*\n\s*/g, ' ');
    lines.push(`${indent}${marker}${text}`);
    for (const sub of nested) lines.push(list(sub as Element, depth + 1));
  }
  return lines.join('\n');
}

function table(el: Element): string {
  const rows: string[][] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (child.name === 'tr') {
        rows.push(
          child.children
            .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
            .map((cell) => cellText(cell)),
        );
      } else if (child.name !== 'caption') collect(child);
    }
  };
  collect(el);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  const [first = [], ...body] = rows;
  // A header cell is bold already: "**Kênh**" would only add marks.
  const head = first.map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1'));
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  return [line(head), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}

function cellText(cell: Element): string {
  return blocks(cell.children).join(' ').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Text without formatting (headings carry no bold of their own). */
function plain(nodes: ChildNode[]): string {
  return inline(nodes)
    .replace(/(\*\*|\*)(\S.*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
