/**
 * The editor toolbar's edits on Markdown text, pure: a text with its
 * selection in, the new text with the new selection out. Each formatting
 * command undoes itself when applied again to what it produced.
 */
export type TextState = { value: string; start: number; end: number };

export type InlineCommand = 'bold' | 'italic' | 'link';
export type LineCommand = 'heading' | 'bulleted' | 'numbered' | 'quote';
export type EditCommand = InlineCommand | LineCommand | 'table';

const WRAP = { bold: '**', italic: '*' } as const;
const PLACEHOLDER = { bold: 'chữ đậm', italic: 'chữ nghiêng', link: 'liên kết' } as const;
const URL_PLACEHOLDER = 'https://';

/** Applies a toolbar command to the text and its selection. */
export function applyCommand(state: TextState, command: EditCommand): TextState {
  if (command === 'bold' || command === 'italic') return toggleWrap(state, command);
  if (command === 'link') return insertLink(state);
  if (command === 'table') return insertBlock(state, TABLE);
  return toggleLines(state, command);
}

function toggleWrap(state: TextState, command: 'bold' | 'italic'): TextState {
  const { value, start, end } = state;
  const mark = WRAP[command];
  const before = value.slice(start - mark.length, start);
  const after = value.slice(end, end + mark.length);
  // "**x**" selected inside its marks: take the marks away. An italic mark
  // next to a bold one ("**x**" seen by italic) is not an italic.
  const wrapped =
    before === mark &&
    after === mark &&
    (command === 'bold' || (value[start - 2] !== '*' && value[end + 1] !== '*'));
  if (wrapped) {
    const value2 =
      value.slice(0, start - mark.length) +
      value.slice(start, end) +
      value.slice(end + mark.length);
    return { value: value2, start: start - mark.length, end: end - mark.length };
  }
  const selected = value.slice(start, end) || PLACEHOLDER[command];
  const inserted = `${mark}${selected}${mark}`;
  const next = value.slice(0, start) + inserted + value.slice(end);
  return { value: next, start: start + mark.length, end: start + mark.length + selected.length };
}

function insertLink(state: TextState): TextState {
  const { value, start, end } = state;
  const text = value.slice(start, end) || PLACEHOLDER.link;
  const inserted = `[${text}](${URL_PLACEHOLDER})`;
  // The address is selected, ready to be typed over.
  const urlAt = start + text.length + 3;
  return {
    value: value.slice(0, start) + inserted + value.slice(end),
    start: urlAt,
    end: urlAt + URL_PLACEHOLDER.length,
  };
}

const LINE_PREFIX: Record<LineCommand, (index: number) => string> = {
  heading: () => '## ',
  bulleted: () => '- ',
  numbered: (index) => `${index + 1}. `,
  quote: () => '> ',
};
const LINE_MATCH: Record<LineCommand, RegExp> = {
  heading: /^#{2,4} /,
  bulleted: /^[-*+] /,
  numbered: /^\d+[.)] /,
  quote: /^> ?/,
};

/** Adds the prefix to every selected line, or removes it when all of them have it. */
function toggleLines(state: TextState, command: LineCommand): TextState {
  const { value, start, end } = state;
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = value.indexOf('\n', Math.max(end - (end > start ? 1 : 0), start));
  const to = lineEnd === -1 ? value.length : lineEnd;
  const lines = value.slice(from, to).split('\n');
  const match = LINE_MATCH[command];
  const remove = lines.every((line) => match.test(line));
  const changed = lines.map((line, i) =>
    remove ? line.replace(match, '') : LINE_PREFIX[command](i) + line.replace(anyPrefix, ''),
  );
  const block = changed.join('\n');
  const next = value.slice(0, from) + block + value.slice(to);
  if (lines.length === 1) {
    const shift = block.length - (to - from);
    const cursor = Math.max(from, end + shift);
    return { value: next, start: Math.max(from, start + shift), end: cursor };
  }
  return { value: next, start: from, end: from + block.length };
}

// A line becomes one kind of block only: a list item turned heading loses its "- ".
const anyPrefix = /^(#{1,6} |[-*+] |\d+[.)] |> ?)/;

const TABLE = '| Cột 1 | Cột 2 |\n| --- | --- |\n| Ô 1 | Ô 2 |';

/**
 * Inserts a block (table, figure) as its own paragraph at the cursor, with
 * blank lines around it, and selects it.
 */
export function insertBlock(state: TextState, block: string): TextState {
  const { value, start, end } = state;
  const head = value.slice(0, start);
  const tail = value.slice(end);
  const before = head === '' || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
  const after = tail === '' || tail.startsWith('\n\n') ? '' : tail.startsWith('\n') ? '\n' : '\n\n';
  const at = head.length + before.length;
  return { value: head + before + block + after + tail, start: at, end: at + block.length };
}

export type FigureInput = { src: string; alt: string; caption?: string; credit?: string };

/**
 * A photo as Markdown: `![alt](src "caption (Ảnh: credit)")`, which the
 * renderer turns into a figure with its caption.
 */
export function figureMarkdown({ src, alt, caption, credit }: FigureInput): string {
  const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const credited = oneLine(credit) ? `(Ảnh: ${oneLine(credit)})` : '';
  const title = [oneLine(caption), credited].filter(Boolean).join(' ');
  const safeAlt = oneLine(alt).replace(/[[\]\\]/g, (c) => `\\${c}`);
  const safeTitle = title.replace(/["\\]/g, (c) => `\\${c}`);
  return `![${safeAlt}](${src}${safeTitle ? ` "${safeTitle}"` : ''})`;
}
