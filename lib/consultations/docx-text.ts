import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { DIEM_LETTERS } from './draft-tree';

/** The upload is not a .docx that can be read (a .doc, a PDF renamed, a damaged file). */
export class DocxUnreadableError extends Error {
  constructor(cause: unknown) {
    super('Không đọc được tệp .docx', { cause });
    this.name = 'DocxUnreadableError';
  }
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table']);

// Word's automatic numbering is not text in the document: mammoth turns it
// into <ol>/<li>. Legal drafts number Khoản "1." and Điểm "a)" (Vietnamese
// letter order), so a first-level list item is written back as "N." and a
// second-level one as a letter; bullets and deeper levels as "-".
function listMarker(depth: number, ordered: boolean, index: number): string {
  if (!ordered || depth > 2) return '-';
  if (depth === 1) return `${index + 1}.`;
  return `${DIEM_LETTERS[index] ?? index + 1})`;
}

// Footnotes and comments are gathered by mammoth at the end of the document;
// they are not part of the text being consulted on.
const isNote = (el: Element) =>
  /^(footnote|endnote|comment)(-ref)?-/.test(el.attribs.id ?? '') ||
  /^#(footnote|endnote|comment)-/.test(el.attribs.href ?? '');

type Walk = { paragraphs: string[]; current: string; lists: boolean[]; marker: string };

function flush(w: Walk): void {
  if (w.current.trim()) w.paragraphs.push(w.current.trim());
  w.current = '';
}

function visitList(list: Element, w: Walk): void {
  w.lists.push(list.name === 'ol');
  let index = 0;
  for (const child of list.children) {
    if (isTag(child) && child.name === 'li' && !isNote(child)) {
      w.marker = `${listMarker(w.lists.length, list.name === 'ol', index++)} `;
    }
    visit(child, w);
  }
  w.lists.pop();
}

function visit(node: ChildNode, w: Walk): void {
  if (isText(node)) {
    w.current += node.data;
    return;
  }
  if (!isTag(node) || isNote(node)) return;
  if (node.name === 'br') w.current += '\n';
  if (BLOCKS.has(node.name)) flush(w);
  if (node.name === 'li') w.current = w.marker;
  if (node.name === 'ol' || node.name === 'ul') visitList(node, w);
  else for (const child of node.children) visit(child, w);
  if (BLOCKS.has(node.name)) flush(w);
}

/**
 * The text of a .docx draft for parseDraft: one paragraph per Word
 * paragraph (blank line between), line breaks kept, Word's automatic list
 * numbering written out as text ("1.", "a)"), formatting, images, footnotes
 * and comments dropped. Rejects with DocxUnreadableError when the file
 * cannot be read as a .docx.
 */
export async function docxToDraftText(buffer: Buffer): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new DocxUnreadableError(error);
  }
  const walk: Walk = { paragraphs: [], current: '', lists: [], marker: '' };
  for (const node of parseDocument(html, { decodeEntities: true }).children) visit(node, walk);
  flush(walk);
  return walk.paragraphs.join('\n\n').normalize('NFC');
}
