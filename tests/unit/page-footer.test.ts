import { describe, expect, it } from 'vitest';
import { parseFooter } from '../../lib/pages/footer';
import { publicPath } from '../../lib/core/page-slugs';

describe('parseFooter', () => {
  it('reads one "Label: value" item a line, in order, blank lines skipped', () => {
    const items = parseFooter('Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư\n\nĐịa chỉ: (mẫu) số 6B');
    expect(items).toEqual([
      { label: 'Cơ quan chủ quản', value: 'Bộ Kế hoạch và Đầu tư', href: null },
      { label: 'Địa chỉ', value: '(mẫu) số 6B', href: null },
    ]);
  });

  it('links an exact email or phone number, not a sample value around one', () => {
    const [email, phone, sample] = parseFooter(
      'Email: lienhe@mpi.gov.vn\nĐiện thoại: 024 3845 5298\nEmail: (mẫu) lienhe@example.gov.vn',
    );
    expect(email?.href).toBe('mailto:lienhe@mpi.gov.vn');
    expect(phone?.href).toBe('tel:02438455298');
    expect(sample?.href).toBeNull();
  });

  it('keeps a line without a label as text, and drops list markers and bold that staff type', () => {
    expect(parseFooter('- **Giấy phép:** số 1\nBản quyền thuộc Bộ')).toEqual([
      { label: 'Giấy phép', value: 'số 1', href: null },
      { label: null, value: 'Bản quyền thuộc Bộ', href: null },
    ]);
  });

  it('keeps a colon inside the value (a time, an address)', () => {
    expect(parseFooter('Giờ làm việc: 8:00 - 17:00')[0]).toEqual({
      label: 'Giờ làm việc',
      value: '8:00 - 17:00',
      href: null,
    });
  });
});

describe('publicPath', () => {
  it('puts news under /tin-tuc, pages at their own address, the footer on every page', () => {
    expect(publicPath('ARTICLE', 'gioi-thieu')).toBe('/tin-tuc/gioi-thieu');
    expect(publicPath('PAGE', 'lien-he')).toBe('/lien-he');
    expect(publicPath('PAGE', 'en')).toBe('/en');
    expect(publicPath('PAGE', 'chan-trang')).toBe('/');
  });
});
