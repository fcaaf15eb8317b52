import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/search/fold';
import { matchRanges } from '../../lib/search/match';
import { highlight, markdownToText, snippet } from '../../lib/search/snippet';

const marked = (text: string, words: string[]) =>
  highlight(text, words)
    .filter((part) => part.mark)
    .map((part) => part.text);

describe('highlight', () => {
  it('marks whole words whatever their diacritics and case, keeping the text as written', () => {
    expect(marked('Thu hút ĐẦU TƯ và dầu từ, đâu tu', ['dau', 'tu'])).toEqual([
      'ĐẦU',
      'TƯ',
      'dầu',
      'từ',
      'đâu',
      'tu',
    ]);
    expect(highlight('Giá dầu tăng', ['dau']).map((part) => part.text)).toEqual([
      'Giá ',
      'dầu',
      ' tăng',
    ]);
  });

  it('marks nothing inside a longer word', () => {
    expect(marked('Đầutư, tưởng, Hậu Giang', ['tu', 'au'])).toEqual([]);
    expect(marked('tư-duy (tư)', ['tu'])).toEqual(['tư', 'tư']);
  });

  it('finds words of other scripts and digits, and text in NFD', () => {
    expect(marked('Поиск: ёлка и елка', ['елка'])).toEqual(['ёлка', 'елка']);
    expect(marked('Năm 2024, 中文 搜索', ['2024', '中文'])).toEqual(['2024', '中文']);
    expect(marked('đầu tư'.normalize('NFD'), ['dau'])).toEqual(['đầu']);
  });

  it('agrees with fold(): every range, folded, is the word', () => {
    const text = 'Ông Đặng Văn Ấn, ỦY BAN ỦY QUYỀN; Ứng dụng ứng phó.';
    for (const word of ['ung', 'uy', 'an', 'dang']) {
      for (const [start, end] of matchRanges(text, [word])) {
        expect(fold(text.slice(start, end))).toBe(word);
      }
    }
    expect(matchRanges(text, ['ung'])).toHaveLength(2);
  });

  it('leaves text without a match as one unmarked segment', () => {
    expect(highlight('Không có gì', ['xyz'])).toEqual([{ text: 'Không có gì', mark: false }]);
    expect(highlight('Không có gì', [''])).toEqual([{ text: 'Không có gì', mark: false }]);
  });
});

describe('snippet', () => {
  const before = 'Bài viết nói về nhiều việc khác nhau trong năm. '.repeat(8);
  const after = ' Phần sau nói về những điều khác nữa của địa phương. '.repeat(8);

  it('cuts about 240 characters around the first match, at word boundaries, with "…"', () => {
    const parts = snippet(`${before}Tỉnh ưu tiên đầu tư cho giáo dục.${after}`, ['dau', 'tu']);
    const text = parts.map((part) => part.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(245);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['đầu', 'tư']);
  });

  it('starts at the beginning when nothing matches, and keeps a short text whole', () => {
    const text = snippet(`${before}${after}`, ['xyz'])
      .map((part) => part.text)
      .join('');
    expect(text.startsWith('Bài viết')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(snippet('  Ngắn   gọn. ', ['gon'])).toEqual([
      { text: 'Ngắn ', mark: false },
      { text: 'gọn', mark: true },
      { text: '.', mark: false },
    ]);
  });
});

describe('markdownToText', () => {
  it('keeps the words, drops the markup', () => {
    expect(
      markdownToText('## Tiêu đề\n\n- Một **ý** với [liên kết](https://a.vn) ![ảnh](x.png)'),
    ).toBe('Tiêu đề Một ý với liên kết');
  });
});
