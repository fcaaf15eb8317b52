import { describe, expect, it } from 'vitest';
import { renderBody } from '../../lib/articles/render';

describe('renderBody', () => {
  it('renders paragraphs, emphasis and lists', () => {
    const html = renderBody('Một **đoạn** _văn_.\n\n- thứ nhất\n- thứ hai');
    expect(html).toContain('<p>Một <strong>đoạn</strong> <em>văn</em>.</p>');
    expect(html).toContain('<li>thứ nhất</li>');
  });

  it('keeps Vietnamese text intact, unescaped and in NFC', () => {
    const text =
      'Truyền thông chính sách góp phần tạo sự đồng thuận xã hội, “không để ai bị bỏ lại phía sau”.';
    const html = renderBody(text.normalize('NFD'));
    expect(html).toBe(`<p>${text.normalize('NFC')}</p>\n`);
  });

  it('removes script tags and their content', () => {
    const html = renderBody(
      'Trước<script>alert("x")</script> sau\n\n<script src="/x.js"></script>',
    );
    expect(html).not.toMatch(/script/i);
    expect(html).not.toContain('alert');
    expect(html).toContain('Trước');
  });

  it('removes event handler attributes such as onerror', () => {
    const html = renderBody(
      '<img src="/media/a.png" alt="Ảnh" onerror="alert(1)">\n\n<p onclick="x()">Nhấn</p>',
    );
    expect(html).not.toMatch(/onerror|onclick|alert/i);
    expect(html).toContain('alt="Ảnh"');
    expect(html).toContain('<p>Nhấn</p>');
  });

  it('drops javascript: and data: link targets but keeps the link text', () => {
    const html = renderBody(
      '[bấm](javascript:alert(1)) và <a href="JaVaScRiPt:alert(2)">đây</a> [d](data:text/html,x)',
    );
    expect(html).not.toMatch(/javascript|data:/i);
    expect(html).toContain('bấm');
    expect(html).toContain('đây');
  });

  it('keeps web, mail and relative links, each with rel="noopener"', () => {
    const html = renderBody(
      '[a](https://chinhphu.vn) [b](mailto:bbt@example.gov.vn) [c](/tin-tuc/x)',
    );
    expect(html).toContain('<a href="https://chinhphu.vn" rel="noopener">a</a>');
    expect(html).toContain('<a href="mailto:bbt@example.gov.vn" rel="noopener">b</a>');
    expect(html).toContain('<a href="/tin-tuc/x" rel="noopener">c</a>');
  });

  it('keeps figures with their captions and relative images', () => {
    const html = renderBody(
      '<figure><img src="/media/2024/hop-bao.jpg" alt="Họp báo" width="800" height="450"><figcaption>Cảnh buổi làm việc. (Ảnh: PLVN)</figcaption></figure>',
    );
    expect(html).toContain('<figure>');
    expect(html).toContain('src="/media/2024/hop-bao.jpg"');
    expect(html).toContain('alt="Họp báo"');
    expect(html).toContain('<figcaption>Cảnh buổi làm việc. (Ảnh: PLVN)</figcaption>');
  });

  it('removes hotlinked, protocol-relative and data: images entirely', () => {
    const html = renderBody(
      '![x](https://example.com/a.png) <img src="//evil.example/b.png" alt="b"> <img src="data:image/png;base64,AAA" alt="c">',
    );
    expect(html).not.toContain('<img');
  });

  it('demotes body headings so the page keeps a single h1', () => {
    const html = renderBody('# Tiêu đề lớn\n\n###### Nhỏ');
    expect(html).toContain('<h2>Tiêu đề lớn</h2>');
    expect(html).toContain('<h4>Nhỏ</h4>');
    expect(html).not.toContain('<h1');
  });

  it('keeps tables and blockquotes, removes styles and iframes', () => {
    const html = renderBody(
      '| Kênh | Tần suất |\n|---|---|\n| Họp báo | Quý |\n\n> Trích dẫn\n\n<iframe src="https://x"></iframe><style>p{}</style>',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Họp báo</td>');
    expect(html).toContain('<blockquote>');
    expect(html).not.toMatch(/iframe|<style/);
  });
});
