import { describe, expect, it } from 'vitest';
import { flattenDraft, unitText } from '../../lib/consultations/draft-tree';
import { parseDraft } from '../../lib/consultations/parse-draft';
import { SAMPLE_NGHI_DINH } from '../helpers/sample-draft';

const anchors = (text: string) => flattenDraft(parseDraft(text)).map((u) => u.anchor);

describe('parseDraft on a Nghị định-shaped sample', () => {
  const tree = parseDraft(SAMPLE_NGHI_DINH);
  const units = flattenDraft(tree);
  const byAnchor = new Map(units.map((u) => [u.anchor, u]));

  it('keeps the preamble and the signature block apart from the articles', () => {
    expect(tree.preamble).toMatch(/^CHÍNH PHỦ\n/);
    expect(tree.preamble).toContain('Căn cứ Luật Tổ chức Chính phủ;');
    expect(tree.closing).toBe('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG');
    expect(byAnchor.get('dieu-6')?.text).toBe(
      'Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    );
    expect(tree.warnings).toEqual([]);
  });

  it('nests Chương > Điều > Khoản > Điểm with the anchors readers link to', () => {
    expect(units.map((u) => u.anchor)).toEqual([
      'chuong-1',
      'dieu-1',
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-2',
      'dieu-3',
      'dieu-3-khoan-1',
      'dieu-3-khoan-2',
      'dieu-3-khoan-2-diem-a',
      'dieu-3-khoan-2-diem-b',
      'dieu-3-khoan-2-diem-c',
      'chuong-2',
      'dieu-4',
      'dieu-4-khoan-1',
      'dieu-4-khoan-2',
      'dieu-5',
      'dieu-5-khoan-1',
      'dieu-5-khoan-2',
      'dieu-5-khoan-2-diem-a',
      'dieu-5-khoan-2-diem-b',
      'dieu-5-khoan-2-diem-c',
      'dieu-5-khoan-2-diem-d',
      'dieu-5-khoan-2-diem-dd',
      'dieu-6',
    ]);
    expect(byAnchor.get('dieu-5-khoan-2-diem-dd')?.parent).toBe('dieu-5-khoan-2');
    expect(byAnchor.get('dieu-4')?.parent).toBe('chuong-2');
  });

  it('reads titles, texts and citations as a reader sees them', () => {
    expect(byAnchor.get('chuong-2')).toMatchObject({
      number: 'II',
      heading: 'LẤY Ý KIẾN VÀ PHẢN HỒI',
    });
    expect(byAnchor.get('dieu-3')).toMatchObject({
      heading: 'Giải thích từ ngữ',
      text: 'Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:',
    });
    const diem = byAnchor.get('dieu-5-khoan-2-diem-dd');
    expect(diem).toMatchObject({
      number: 'đ',
      text: 'Công bố bảng tổng hợp, tiếp thu, giải trình.',
    });
    expect(diem?.citation).toBe('điểm đ khoản 2 Điều 5');
    expect(byAnchor.get('dieu-5')?.citation).toBe('Điều 5');
  });

  it("renders a unit's text with its children numbered as written", () => {
    const dieu2 = tree.units[0]?.children[1];
    expect(dieu2 && unitText(dieu2)).toBe(
      '1. Cơ quan, tổ chức chủ trì soạn thảo văn bản quy phạm pháp luật.\n' +
        '2. Cơ quan, tổ chức, cá nhân tham gia góp ý dự thảo.',
    );
  });
});

describe('parseDraft on text as it arrives from Word, PDF viewers and e-mail', () => {
  it('takes tabs, non-breaking spaces, CRLF, blank lines, bold markers and "Điều 5:"', () => {
    const pasted =
      '**Điều\u00a01.**\tPhạm vi\r\n\r\n\r\n**1.**\u00a0Khoản một\r\n' +
      '\u200bĐiều 2:Đối tượng\n  2.\t Khoản hai\n__a)__ điểm a\n';
    const units = flattenDraft(parseDraft(pasted));
    expect(units.map((u) => [u.anchor, u.heading || u.text])).toEqual([
      ['dieu-1', 'Phạm vi'],
      ['dieu-1-khoan-1', 'Khoản một'],
      ['dieu-2', 'Đối tượng'],
      ['dieu-2-khoan-2', 'Khoản hai'],
      ['dieu-2-khoan-2-diem-a', 'điểm a'],
    ]);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', () => {
    const tree = parseDraft('Điều 1. Phạm vi'.normalize('NFD'));
    expect(tree.units[0]?.heading).toBe('Phạm vi'.normalize('NFC'));
    expect(tree.units[0]?.anchor).toBe('dieu-1');
  });

  it('reads CHƯƠNG in capitals, Arabic chapter numbers, a title on the same line, and Mục', () => {
    const text =
      'CHƯƠNG IV\nTỔ CHỨC\nTHỰC HIỆN\nMục 1. Trách nhiệm\nĐiều 9. Bộ\nChương 5: Điều khoản thi hành\nĐiều 10. Hiệu lực';
    const units = flattenDraft(parseDraft(text));
    expect(units.map((u) => [u.anchor, u.heading])).toEqual([
      ['chuong-4', 'TỔ CHỨC THỰC HIỆN'],
      ['chuong-4-muc-1', 'Trách nhiệm'],
      ['dieu-9', 'Bộ'],
      ['chuong-5', 'Điều khoản thi hành'],
      ['dieu-10', 'Hiệu lực'],
    ]);
    expect(units.find((u) => u.anchor === 'dieu-9')?.parent).toBe('chuong-4-muc-1');
  });

  it('keeps a quoted article of an amending draft as text of the Khoản that quotes it', () => {
    const text =
      'Điều 1. Sửa đổi, bổ sung một số điều\n1. Sửa đổi Điều 5 như sau:\n' +
      '“Điều 5. Tiếp nhận\n1. Góp ý được gửi trực tuyến.\n2. Không nhận thư giấy.”\n' +
      '2. Bãi bỏ Điều 7.\nĐiều 2. Hiệu lực';
    const tree = parseDraft(text);
    expect(flattenDraft(tree).map((u) => u.anchor)).toEqual([
      'dieu-1',
      'dieu-1-khoan-1',
      'dieu-1-khoan-2',
      'dieu-2',
    ]);
    expect(tree.units[0]?.children[0]?.text).toContain('1. Góp ý được gửi trực tuyến.');
    expect(tree.warnings).toEqual([]);
  });

  it('does not take prose for headings: "Điều 5 của Luật", a year, a Khoản before any Điều', () => {
    const text =
      '1. Căn cứ thứ nhất;\nĐiều 1. Phạm vi\nĐiều 5 của Luật này được áp dụng.\n2020.\nk) không phải điểm vì không có khoản';
    const tree = parseDraft(text);
    expect(tree.preamble).toBe('1. Căn cứ thứ nhất;');
    expect(anchors(text)).toEqual(['dieu-1', 'dieu-1-diem-k']);
    expect(tree.units[0]?.text).toBe('Điều 5 của Luật này được áp dụng.\n2020.');
  });

  it('reads an inserted article "Điều 5a" and keeps it apart from Điều 5', () => {
    expect(anchors('Điều 5. A\nĐiều 5a. B\n1. C\nĐiều 6. D')).toEqual([
      'dieu-5',
      'dieu-5a',
      'dieu-5a-khoan-1',
      'dieu-6',
    ]);
  });

  it('keeps letters outside the Vietnamese order (f, w) as text', () => {
    expect(anchors('Điều 1. A\n1. B\nf) không phải điểm\nw) cũng vậy')).toEqual([
      'dieu-1',
      'dieu-1-khoan-1',
    ]);
  });

  it('warns about a repeated or skipped Điều number and keeps anchors unique', () => {
    const tree = parseDraft('Điều 1. A\nĐiều 1. B\nĐiều 3. C');
    expect(flattenDraft(tree).map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1-2', 'dieu-3']);
    expect(tree.warnings).toEqual([
      'Điều 1 (#dieu-1) xuất hiện nhiều lần; các lần sau được đánh dấu riêng.',
      'Sau Điều 1 là Điều 3: số thứ tự Điều không liên tục.',
    ]);
  });

  it('warns when a quotation is never closed', () => {
    expect(parseDraft('Điều 1. A\n“Điều 2. B').warnings).toEqual([
      'Có dấu ngoặc kép mở mà không đóng.',
    ]);
  });

  it('gives an empty tree for empty text', () => {
    expect(parseDraft(' \n\t\n')).toEqual({ preamble: '', units: [], closing: '', warnings: [] });
  });
});
