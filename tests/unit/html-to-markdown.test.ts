import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../lib/articles/render';
import { htmlToMarkdown } from '../../lib/articles/paste/html-to-markdown';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/clipboard', name), 'utf8');

describe('htmlToMarkdown: Word (mso- clipboard HTML)', () => {
  const md = htmlToMarkdown(fixture('word-365.html'));

  it('keeps headings, the title style as a heading', () => {
    expect(md).toMatch(/^## Kế hoạch truyền thông năm 2024$/m);
    expect(md).toMatch(/^## 1\. Mục đích, yêu cầu$/m);
    expect(md).toMatch(/^### 2\. Các bước thực hiện$/m);
  });

  it('keeps bold, italic and links inside a paragraph', () => {
    expect(md).toContain(
      'Đẩy mạnh công tác **truyền thông chính sách**, tạo *đồng thuận xã hội* trong',
    );
    expect(md).toContain('[Cổng Thông tin điện tử Chính phủ](https://chinhphu.vn/van-ban)');
  });

  it('turns mso-list paragraphs into nested bulleted and numbered lists, markers dropped', () => {
    expect(md).toContain(
      '- Báo chí trung ương và địa phương;\n   - Báo in, báo điện tử;\n- Mạng xã hội của Bộ.',
    );
    expect(md).toContain('1. Xây dựng kế hoạch chi tiết;\n2. Tổ chức **họp báo** định kỳ.');
    expect(md).not.toMatch(/·|\bo\s+Báo in/);
  });

  it('keeps the table as a GFM table with its first row as header', () => {
    expect(md).toContain('| Kênh | Tần suất |\n| --- | --- |\n| Họp báo | Hằng quý |');
  });

  it('drops styles, classes, Office tags, conditional comments and local images', () => {
    expect(md).not.toMatch(/mso-|MsoNormal|o:p|font-family|<|supportLists|file:|clip_image/);
    expect(md).toContain('Kiểm tra lần cuối.');
  });

  it('renders back to the same structure through the public renderer', () => {
    const html = renderBody(md);
    expect(html).toContain('<ul>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<table>');
    expect(html).toContain('<strong>truyền thông chính sách</strong>');
  });
});

describe('htmlToMarkdown: Google Docs (docs-internal-guid clipboard HTML)', () => {
  const md = htmlToMarkdown(fixture('google-docs.html'));

  it('does not make the whole document bold because of the font-weight:normal wrapper', () => {
    expect(md).toMatch(/^## Đầu tư công năm 2024$/m);
    expect(md).toMatch(/^Bộ \*\*Kế hoạch và Đầu tư\*\* công bố \*kế hoạch giải ngân\*;/m);
  });

  it('reads bold and italic from span styles, and unwraps Google redirect links', () => {
    expect(md).toContain('[trang của Bộ](https://mpi.gov.vn/tin-tuc)');
    expect(md).not.toContain('google.com/url');
  });

  it('keeps lists, including a list nested directly in its parent list', () => {
    expect(md).toContain('- Quý I: phân bổ vốn\n   - Trung ương trước\n- **Quý II**: giải ngân');
    expect(md).toContain('1. Rà soát dự án\n2. Báo cáo Chính phủ');
  });

  it('keeps the table and drops hotlinked images and every style', () => {
    expect(md).toContain(
      '| Nguồn vốn | Tỷ đồng |\n| --- | --- |\n| Ngân sách trung ương | 567.000 |',
    );
    expect(md).not.toMatch(/googleusercontent|style|docs-internal|font-weight|<|!\[/);
  });
});

describe('htmlToMarkdown: anything else', () => {
  it('never lets a script or an event handler through', () => {
    const md = htmlToMarkdown(
      '<p onclick="x()">Chào <script>alert(1)</script><a href="javascript:alert(2)">bấm</a></p>',
    );
    expect(md).toBe('Chào bấm');
  });

  it('escapes characters that would become Markdown and keeps text in NFC', () => {
    const md = htmlToMarkdown('<p>a*b*c [x] Kiểm'.normalize('NFD'));
    expect(md).toBe('a\\*b\\*c \\[x\\] Kiểm'.normalize('NFC'));
  });
});
