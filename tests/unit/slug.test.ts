import { describe, expect, it } from 'vitest';
import { slugify } from '../../lib/text/slug';

describe('slugify', () => {
  it('gives the contract slug of the seeded article', () => {
    expect(
      slugify('Bộ Kế hoạch và Đầu tư: Đẩy mạnh truyền thông chính sách trên nền tảng số'),
    ).toBe('bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so');
  });
  it('gives the contract slug of the seeded category', () => {
    expect(slugify('Truyền thông Chính sách')).toBe('truyen-thong-chinh-sach');
  });
  it('maps đ and Đ to d and strips every tone mark', () => {
    expect(slugify('Đường đến ĐÀ BẮC: ửng ỹ ợ')).toBe('duong-den-da-bac-ung-y-o');
  });
  it('collapses punctuation runs and trims dashes', () => {
    expect(slugify('  “Cùng em đến trường” -- 2024!  ')).toBe('cung-em-den-truong-2024');
  });
  it('handles precomposed (NFC) and decomposed (NFD) input alike', () => {
    const nfc = 'Hòa Bình'.normalize('NFC');
    const nfd = 'Hòa Bình'.normalize('NFD');
    expect(slugify(nfc)).toBe('hoa-binh');
    expect(slugify(nfd)).toBe('hoa-binh');
  });
});
