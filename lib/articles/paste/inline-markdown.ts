import { type ChildNode, isTag, isText } from 'domhandler';

// The inline half of pasting as Markdown: text escaped so it stays text,
// emphasis with its spaces outside the marks, links to their real address.

/** Inline Markdown (text, bold, italic, links, line breaks) for sanitised nodes. */
export function inline(nodes: ChildNode[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: ChildNode): string {
  if (isText(node)) return escapeText(node.data.replace(/[\s\u00a0]+/g, ' '));
  if (!isTag(node)) return '';
  switch (node.name) {
    case 'br':
      return '  \n';
    case 'strong':
    case 'b':
      return wrap('**', inline(node.children));
    case 'em':
    case 'i':
      return wrap('*', inline(node.children));
    case 'a': {
      const text = inline(node.children).trim();
      const href = unwrapGoogleRedirect(node.attribs.href ?? '');
      return href && text ? `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})` : text;
    }
    case 'img':
      return node.attribs.src ? `![${node.attribs.alt ?? ''}](${node.attribs.src})` : '';
    default:
      return inline(node.children);
  }
}

/** `** x **` is no emphasis in Markdown: spaces go outside the marks. */
function wrap(mark: string, text: string): string {
  const core = text.trim();
  if (!core) return text;
  const lead = text.startsWith(' ') ? ' ' : '';
  const trail = text.endsWith(' ') ? ' ' : '';
  return `${lead}${mark}${core}${mark}${trail}`;
}

function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

/** Google Docs may route links through google.com/url?q=…: keep the real address. */
function unwrapGoogleRedirect(href: string): string {
  const match = /^https:\/\/www\.google\.com\/url\?q=([^&]+)/.exec(href);
  return match?.[1] ? decodeURIComponent(match[1]) : href;
}
