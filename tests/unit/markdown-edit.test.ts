import { describe, expect, it } from 'vitest';
import { renderBody } from '../../lib/articles/render';
import { wordCount } from '../../lib/text/counts';
import {
  applyCommand,
  figureMarkdown,
  insertBlock,
  type TextState,
} from '../../lib/text/markdown-edit';

/** "a[b]c" marks the selection with brackets; "a|c" an empty one. */
function parse(marked: string): TextState {
  const caret = marked.indexOf('|');
  if (caret >= 0) return { value: marked.replace('|', ''), start: caret, end: caret };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}

function show({ value, start, end }: TextState): string {
  if (start === end) return `${value.slice(0, start)}|${value.slice(start)}`;
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

describe('toolbar transforms', () => {
  it('bold wraps the selection and a second press takes it off', () => {
    const once = applyCommand(parse('Đẩy [mạnh] lên'), 'bold');
    expect(show(once)).toBe('Đẩy **[mạnh]** lên');
    expect(show(applyCommand(once, 'bold'))).toBe('Đẩy [mạnh] lên');
  });

  it('bold with nothing selected inserts a placeholder, selected', () => {
    expect(show(applyCommand(parse('A |'), 'bold'))).toBe('A **[chữ đậm]**');
  });

  it('italic wraps with one star and does not mistake bold for italic', () => {
    expect(show(applyCommand(parse('[x]'), 'italic'))).toBe('*[x]*');
    expect(show(applyCommand(parse('**[x]**'), 'italic'))).toBe('***[x]***');
    expect(show(applyCommand(parse('*[x]*'), 'italic'))).toBe('[x]');
  });

  it('link keeps the text and selects the address to type', () => {
    const next = applyCommand(parse('xem [Chính phủ] nhé'), 'link');
    expect(next.value).toBe('xem [Chính phủ](https://) nhé');
    expect(next.value.slice(next.start, next.end)).toBe('https://');
  });

  it('heading prefixes the current line and toggles it off', () => {
    const once = applyCommand(parse('Mở đầu\nMục |một\nCuối'), 'heading');
    expect(once.value).toBe('Mở đầu\n## Mục một\nCuối');
    expect(applyCommand(once, 'heading').value).toBe('Mở đầu\nMục một\nCuối');
  });

  it('numbered numbers every selected line; bulleted replaces the numbers', () => {
    const numbered = applyCommand(parse('[một\nhai\nba]'), 'numbered');
    expect(numbered.value).toBe('1. một\n2. hai\n3. ba');
    expect(applyCommand(numbered, 'bulleted').value).toBe('- một\n- hai\n- ba');
    expect(applyCommand(numbered, 'numbered').value).toBe('một\nhai\nba');
  });

  it('quote prefixes lines with "> "', () => {
    expect(applyCommand(parse('[Trích]'), 'quote').value).toBe('> Trích');
  });

  it('table is inserted as its own block and renders as a table', () => {
    const next = applyCommand(parse('Trước|Sau'), 'table');
    expect(next.value).toMatch(
      /^Trước\n\n\| Cột 1 \| Cột 2 \|\n\| --- \| --- \|\n\| Ô 1 \| Ô 2 \|\n\nSau$/,
    );
    expect(renderBody(next.value)).toContain('<table>');
  });

  it('insertBlock adds no extra blank lines when they are already there', () => {
    expect(insertBlock(parse('A\n\n|'), 'X').value).toBe('A\n\nX');
  });
});

describe('figureMarkdown', () => {
  it('writes alt, caption and credit, and renders as a figure with its caption', () => {
    const md = figureMarkdown({
      src: '/media/uploads/2026/a.jpg',
      alt: 'Họp báo [quý] III',
      caption: 'Toàn cảnh "họp báo"',
      credit: 'PLVN',
    });
    expect(md).toBe(
      '![Họp báo \\[quý\\] III](/media/uploads/2026/a.jpg "Toàn cảnh \\"họp báo\\" (Ảnh: PLVN)")',
    );
    const html = renderBody(`Trước\n\n${md}\n\nSau`);
    expect(html).toContain(
      '<figure><img src="/media/uploads/2026/a.jpg" alt="Họp báo [quý] III" loading="lazy" /><figcaption>Toàn cảnh "họp báo" (Ảnh: PLVN)</figcaption></figure>',
    );
  });

  it('a figure without caption has no figcaption; a remote image is not a figure', () => {
    expect(renderBody(figureMarkdown({ src: '/media/a.png', alt: 'Ảnh' }))).toBe(
      '<figure><img src="/media/a.png" alt="Ảnh" loading="lazy" /></figure>\n',
    );
    expect(renderBody('![x](https://example.com/a.png)')).not.toContain('<figure');
  });
});

describe('wordCount', () => {
  it('counts words of the text, not Markdown marks, photo addresses or link targets', () => {
    const body = `## Mục một\n\n- Đầu tư công\n\n${figureMarkdown({ src: '/media/a.jpg', alt: 'Ảnh', caption: 'Chú thích dài' })}\n\nXem [trang Bộ](https://mpi.gov.vn/tin-tuc).`;
    expect(wordCount(body)).toBe(8);
  });
});
