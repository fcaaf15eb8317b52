import { describe, expect, it } from 'vitest';
import { registerCsv } from '../../lib/dispositions/csv';
import type { RegisterRow } from '../../lib/dispositions/public';

const row = (over: Partial<RegisterRow> = {}): RegisterRow => ({
  number: 1,
  feedbackId: 'f1',
  provision: 'khoản 1 Điều 2',
  versionNumber: 1,
  body: 'Đề nghị "làm rõ" thời hạn,\nvà cơ quan chủ trì.',
  commenter: 'Nguyễn Văn A (Cá nhân)',
  groupSize: 1,
  outcome: 'Tiếp thu',
  response: 'Đã bổ sung.',
  duplicateOf: null,
  next: { href: '/du-thao/x#dieu-3-khoan-1', label: 'khoản 1 Điều 3, dự thảo lần 2' },
  ...over,
});

describe('registerCsv', () => {
  it('writes the official columns, UTF-8 with a BOM, quotes doubled, line breaks kept inside fields', () => {
    const csv = registerCsv([row()]);
    expect(csv.startsWith('\uFEFF"STT","Điều khoản"')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(
      '"1","khoản 1 Điều 2","1","Đề nghị ""làm rõ"" thời hạn,\nvà cơ quan chủ trì.","Nguyễn Văn A (Cá nhân)","Tiếp thu","Đã bổ sung.","khoản 1 Điều 3, dự thảo lần 2 (/du-thao/x#dieu-3-khoan-1)"',
    );
  });

  it('keeps a citizen\'s formula from running in a spreadsheet, and says what a "Trùng" repeats', () => {
    const csv = registerCsv([
      row({ body: '=HYPERLINK("http://x","bấm")', commenter: '@admin', next: null }),
      row({
        number: 2,
        outcome: 'Trùng',
        response: '',
        duplicateOf: 1,
        next: { note: 'Đã bỏ ở dự thảo lần 2' },
      }),
    ]);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""bấm"")"');
    expect(csv).toContain('"\'@admin"');
    expect(csv).toContain('"Trùng","Trùng với ý kiến số 1.","Đã bỏ ở dự thảo lần 2"');
  });
});
