import { type ChildNode, Element, isTag, isText, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';

/**
 * Clipboard HTML from Word and Google Docs says half of what it means in
 * inline styles, which the body sanitiser rightly drops. Before it does,
 * this turns those styles into the plain elements they stand for:
 * - Word: paragraphs styled `mso-list:lN levelM` become real nested lists
 *   (the "1." or "·" marker, hidden in a conditional comment, says which
 *   kind), and `MsoTitle` / `MsoSubtitle` paragraphs become headings;
 * - Google Docs: the whole fragment sits in a `<b style="font-weight:normal">`
 *   (not bold at all), while bold and italic are `<span>` styles.
 * Everything else (fonts, colours, sizes, classes) is left for the
 * sanitiser to remove.
 */
export function normaliseOfficeHtml(html: string): string {
  const doc = parseDocument(markWordListMarkers(html), { decodeEntities: true });
  const body = findTag(doc, 'body') ?? doc;
  walk(body);
  return render(body.children, { decodeEntities: false, encodeEntities: 'utf8' });
}

// Word hides a list item's marker between <![if !supportLists]> and
// <![endif]> (or the same inside comments): keep its text in an element
// this module understands, and drop the conditional wrapper.
const WORD_MARKER = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi;

function markWordListMarkers(html: string): string {
  return html.replace(WORD_MARKER, (_all, marker: string) => {
    const text = marker.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
    return `<x-list-marker data-marker="${text.replace(/"/g, '')}"></x-list-marker>`;
  });
}

function findTag(node: ParentNode, name: string): Element | null {
  for (const child of node.children) {
    if (!isTag(child)) continue;
    if (child.name === name) return child;
    const found = findTag(child, name);
    if (found) return found;
  }
  return null;
}

const style = (el: Element) => (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');

function walk(parent: ParentNode): void {
  groupWordLists(parent);
  for (const child of [...parent.children]) {
    if (!isTag(child)) continue;
    walk(child);
    restyle(child);
  }
}

/** One element's inline styles as the elements they mean (Docs and Word). */
function restyle(el: Element): void {
  const css = style(el);
  if (el.name === 'b' && /(?:^|;)font-weight:(normal|[1-5]00)/.test(css)) el.name = 'span';
  const cls = el.attribs.class ?? '';
  if (el.name === 'p' && /MsoTitle\b/.test(cls)) el.name = 'h2';
  if (el.name === 'p' && /MsoSubtitle\b/.test(cls)) el.name = 'h3';
  // Word's own "mso-bidi-font-weight:normal" on a <b> is about other scripts: still bold.
  if (el.name !== 'span' || insideHeading(el)) return;
  const bold = /(?:^|;)font-weight:(bold|[6-9]00)/.test(css);
  const italic = /(?:^|;)font-style:italic/.test(css);
  if (italic) wrapChildren(el, 'em');
  if (bold) wrapChildren(el, 'strong');
}

function insideHeading(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (isTag(p as ChildNode) && /^h[1-6]$/.test((p as Element).name)) return true;
  }
  return false;
}

function wrapChildren(el: Element, name: string): void {
  const wrapper = new Element(name, {}, el.children);
  for (const child of wrapper.children) child.parent = wrapper;
  wrapper.parent = el;
  el.children = [wrapper];
}

type WordItem = { el: Element; level: number; ordered: boolean; list: string };

function wordItem(node: ChildNode): WordItem | null {
  if (!isTag(node) || node.name !== 'p') return null;
  const found = /mso-list:(l\d+)level(\d+)/.exec(style(node));
  if (!found?.[1] || !found[2]) return null;
  const marker = findTag(node, 'x-list-marker')?.attribs['data-marker'] ?? '';
  const ordered = /^\(?[0-9a-zA-Z]{1,5}[.)]$/.test(marker);
  return { el: node, level: Number(found[2]), ordered, list: found[1] };
}

/** Runs of Word list paragraphs under `parent` become nested <ul>/<ol>. */
function groupWordLists(parent: ParentNode): void {
  const out: ChildNode[] = [];
  let stack: Element[] = [];
  let list = '';
  for (const node of parent.children) {
    const item = wordItem(node);
    if (!item) {
      // Whitespace between two items does not end the list.
      if (!(stack.length > 0 && isText(node) && node.data.trim() === '')) stack = [];
      out.push(node);
      continue;
    }
    if (item.list !== list) stack = [];
    list = item.list;
    stack = placeItem(item, stack, out);
  }
  parent.children = out;
  for (const child of out) child.parent = parent as Element;
}

function placeItem(item: WordItem, stack: Element[], out: ChildNode[]): Element[] {
  const next = stack.slice(0, item.level);
  while (next.length < item.level) {
    const created = new Element(item.ordered ? 'ol' : 'ul', {});
    const top = next.at(-1);
    const holder = top?.children.at(-1);
    if (holder && isTag(holder)) attach(holder, created);
    else if (top) attach(top, created);
    else out.push(created);
    next.push(created);
  }
  const markerless = item.el.children.filter((c) => !(isTag(c) && c.name === 'x-list-marker'));
  const li = new Element('li', {}, markerless);
  for (const child of markerless) child.parent = li;
  attach(next.at(-1) as Element, li);
  return next;
}

function attach(parent: Element, child: Element): void {
  child.parent = parent;
  parent.children.push(child);
}
