import { describe, expect, it } from 'vitest';
import { carryAnchor, matchUnits } from '../../lib/consultations/match-units';
import { parseDraft } from '../../lib/consultations/parse-draft';

// Sample articles written for the test: a title and two Khoản each.
const ARTICLES: [string, string, string][] = [
  [
    'Phạm vi điều chỉnh',
    'Nghị định này quy định việc lấy ý kiến về dự thảo.',
    'Không áp dụng với văn bản mật.',
  ],
  ['Đối tượng áp dụng', 'Cơ quan chủ trì soạn thảo văn bản.', 'Người dân và doanh nghiệp góp ý.'],
  ['Giải thích từ ngữ', 'Dự thảo là văn bản đang lấy ý kiến.', 'Góp ý là ý kiến gửi về dự thảo.'],
  [
    'Nguyên tắc lấy ý kiến',
    'Công khai, minh bạch, đúng thời hạn.',
    'Bảo đảm mọi người đều tham gia được.',
  ],
  ['Đăng tải dự thảo', 'Đăng toàn văn dự thảo và tờ trình.', 'Ghi rõ thời hạn nhận góp ý.'],
  ['Tiếp nhận góp ý', 'Nhận góp ý trực tuyến trên cổng.', 'Nhận góp ý bằng thư điện tử.'],
  ['Xử lý góp ý trùng', 'Gộp các góp ý giống nhau thành nhóm.', 'Trả lời chung cho cả nhóm.'],
  ['Tổng hợp, tiếp thu', 'Lập bảng tổng hợp theo từng điều.', 'Nêu rõ lý do không tiếp thu.'],
  ['Công bố kết quả', 'Đăng bảng tiếp thu, giải trình.', 'Giữ lại hồ sơ ít nhất năm năm.'],
  ['Hiệu lực thi hành', 'Có hiệu lực từ ngày ký.', 'Bộ trưởng chịu trách nhiệm thi hành.'],
];

type Article = (typeof ARTICLES)[number];

function draft(articles: Article[]): string {
  return articles
    .map(([title, k1, k2], i) => `Điều ${i + 1}. ${title}\n1. ${k1}\n2. ${k2}`)
    .join('\n');
}

const map = (before: Article[], after: Article[]) =>
  matchUnits(parseDraft(draft(before)), parseDraft(draft(after)));

describe('matchUnits', () => {
  it('maps every unit of an unchanged draft to itself, confidence 1', () => {
    const mapping = map(ARTICLES, ARTICLES);
    expect(mapping.matches).toHaveLength(30);
    expect(mapping.matches.every((m) => m.previous === m.next && m.confidence === 1)).toBe(true);
    expect(mapping.matches.some((m) => m.changed || m.renumbered)).toBe(false);
    expect([mapping.removed, mapping.added]).toEqual([[], []]);
  });

  it('follows old Điều 3..10 to 4..11 when a new Điều 3 is inserted', () => {
    const inserted: Article = [
      'Trách nhiệm của Bộ',
      'Bộ hướng dẫn thực hiện.',
      'Bộ kiểm tra việc thực hiện.',
    ];
    const mapping = map(ARTICLES, [...ARTICLES.slice(0, 2), inserted, ...ARTICLES.slice(2)]);
    expect(carryAnchor(mapping, 'dieu-2')).toBe('dieu-2');
    for (let n = 3; n <= 10; n++) expect(carryAnchor(mapping, `dieu-${n}`)).toBe(`dieu-${n + 1}`);
    expect(carryAnchor(mapping, 'dieu-5-khoan-2')).toBe('dieu-6-khoan-2');
    expect(mapping.matches.find((m) => m.previous === 'dieu-5')).toMatchObject({
      renumbered: true,
      changed: false,
      confidence: 1,
    });
    expect(mapping.added).toEqual(['dieu-3', 'dieu-3-khoan-1', 'dieu-3-khoan-2']);
    expect(mapping.removed).toEqual([]);
  });

  it('reports a deleted Điều as removed and moves the rest up', () => {
    const mapping = map(ARTICLES, [...ARTICLES.slice(0, 3), ...ARTICLES.slice(4)]);
    expect(mapping.removed).toEqual(['dieu-4', 'dieu-4-khoan-1', 'dieu-4-khoan-2']);
    expect(carryAnchor(mapping, 'dieu-4')).toBeNull();
    expect(carryAnchor(mapping, 'dieu-10-khoan-1')).toBe('dieu-9-khoan-1');
    expect(mapping.added).toEqual([]);
  });

  it('follows two Điều that swapped places', () => {
    const [a, b, c, ...rest] = ARTICLES as [Article, Article, Article, ...Article[]];
    const mapping = map(ARTICLES, [a, c, b, ...rest]);
    expect(carryAnchor(mapping, 'dieu-2')).toBe('dieu-3');
    expect(carryAnchor(mapping, 'dieu-3-khoan-1')).toBe('dieu-2-khoan-1');
  });

  it('keeps a lightly edited unit as changed, with a confidence below 1', () => {
    const edited = ARTICLES.map((a): Article => [...a]);
    edited[5] = [
      'Tiếp nhận góp ý',
      'Nhận góp ý trực tuyến trên cổng thông tin điện tử.',
      edited[5]![2],
    ];
    const mapping = map(ARTICLES, edited);
    const khoan = mapping.matches.find((m) => m.previous === 'dieu-6-khoan-1');
    expect(khoan).toMatchObject({ next: 'dieu-6-khoan-1', changed: true, renumbered: false });
    expect(khoan?.confidence).toBeGreaterThan(0.7);
    expect(khoan?.confidence).toBeLessThan(1);
    expect(mapping.matches.find((m) => m.previous === 'dieu-6')?.changed).toBe(true);
    expect(mapping.matches.find((m) => m.previous === 'dieu-7')?.changed).toBe(false);
  });

  it('keeps a Điều whose title stayed while its text was rewritten', () => {
    const edited = ARTICLES.map((a): Article => [...a]);
    edited[6] = [
      'Xử lý góp ý trùng',
      'Phần mềm đánh dấu các ý kiến giống nhau.',
      'Cán bộ xem lại trước khi đăng.',
    ];
    const mapping = map(ARTICLES, edited);
    expect(carryAnchor(mapping, 'dieu-7')).toBe('dieu-7');
    expect(mapping.removed).toEqual(['dieu-7-khoan-1', 'dieu-7-khoan-2']);
    expect(mapping.added).toEqual(['dieu-7-khoan-1', 'dieu-7-khoan-2']);
  });

  it('renumbers Khoản and Điểm inside a Điều: a Khoản inserted first, điểm b dropped', () => {
    const before =
      'Điều 1. Trách nhiệm\n1. Tiếp nhận góp ý.\n2. Cơ quan chủ trì có trách nhiệm:\n' +
      'a) Phân loại ý kiến;\nb) Gộp ý kiến trùng;\nc) Trả lời từng ý kiến;\nd) Công bố kết quả;\nđ) Lưu hồ sơ.';
    const after =
      'Điều 1. Trách nhiệm\n1. Đăng tải dự thảo đầy đủ.\n2. Tiếp nhận góp ý.\n3. Cơ quan chủ trì có trách nhiệm:\n' +
      'a) Phân loại ý kiến;\nb) Trả lời từng ý kiến;\nc) Công bố kết quả;\nd) Lưu hồ sơ.';
    const mapping = matchUnits(parseDraft(before), parseDraft(after));
    expect(carryAnchor(mapping, 'dieu-1-khoan-1')).toBe('dieu-1-khoan-2');
    expect(carryAnchor(mapping, 'dieu-1-khoan-2-diem-c')).toBe('dieu-1-khoan-3-diem-b');
    expect(carryAnchor(mapping, 'dieu-1-khoan-2-diem-dd')).toBe('dieu-1-khoan-3-diem-d');
    expect(mapping.removed).toEqual(['dieu-1-khoan-2-diem-b']);
    expect(mapping.added).toEqual(['dieu-1-khoan-1']);
  });

  it('follows a Khoản moved unchanged into another Điều', () => {
    const before =
      'Điều 1. Một\n1. Nhận góp ý bằng thư điện tử của người dân.\nĐiều 2. Hai\n1. Đăng dự thảo.';
    const after =
      'Điều 1. Một\nĐiều 2. Hai\n1. Đăng dự thảo.\n2. Nhận góp ý bằng thư điện tử của người dân.';
    expect(carryAnchor(matchUnits(parseDraft(before), parseDraft(after)), 'dieu-1-khoan-1')).toBe(
      'dieu-2-khoan-2',
    );
  });

  it('matches Chương by title when an earlier one is inserted', () => {
    const before = 'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. A\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 2. B';
    const after =
      'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. A\nChương II\nLẤY Ý KIẾN\nĐiều 2. C\nChương III\nTỔ CHỨC THỰC HIỆN\nĐiều 3. B';
    const mapping = matchUnits(parseDraft(before), parseDraft(after));
    expect(carryAnchor(mapping, 'chuong-2')).toBe('chuong-3');
    expect(carryAnchor(mapping, 'dieu-2')).toBe('dieu-3');
  });
});
