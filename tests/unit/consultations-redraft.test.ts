import { describe, expect, it } from 'vitest';
import { changeLabel, compareVersions, type VersionText } from '../../lib/consultations/redraft';
import { parseDraftUnits } from '../../lib/consultations/units';

const version = (text: string): VersionText => parseDraftUnits(text);

const V1 = [
  'Căn cứ Luật Ban hành văn bản quy phạm pháp luật;',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị định này quy định việc lấy ý kiến.',
  'Điều 2. Tiếp nhận góp ý',
  '1. Nhận góp ý trực tuyến.',
  '2. Nhận thư giấy.',
  'Điều 3. Hiệu lực',
  'Nghị định có hiệu lực từ ngày ký.',
  'Điều 4. Điều khoản chuyển tiếp',
  'Hồ sơ đã nộp được xử lý theo quy định cũ.',
].join('\n');

const V2 = [
  'Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị định này quy định việc lấy ý kiến.',
  'Điều 2. Giải thích từ ngữ',
  'Góp ý là ý kiến của tổ chức, cá nhân về dự thảo.',
  'Điều 3. Tiếp nhận góp ý',
  '1. Nhận góp ý trực tuyến trên cổng.',
  '2. Nhận thư giấy.',
  'Điều 4. Hiệu lực',
  'Nghị định có hiệu lực từ ngày ký.',
].join('\n');

describe('compareVersions', () => {
  it('lists each changed, new, dropped and renumbered Điều in reading order, unchanged ones left out', () => {
    const { changes, preamble } = compareVersions(version(V1), version(V2));
    const summary = changes.map((c) => [c.status, c.previousName, c.nextName, c.anchor]);
    expect(summary).toEqual([
      ['added', null, 'Điều 2', 'dieu-2'],
      ['changed', 'Điều 2', 'Điều 3', 'dieu-3'],
      ['renumbered', 'Điều 3', 'Điều 4', 'dieu-4'],
      ['removed', 'Điều 4', null, 'bo-dieu-4'],
    ]);
    const edited = changes[1];
    const added = edited?.text.segments.filter((s) => s.type === 'added').map((s) => s.text.trim());
    expect(added).toEqual(['trên cổng']);
    expect(edited?.heading.changed).toBe(false);
    expect(preamble.changed).toBe(true);
  });

  it('says nothing changed between identical versions', () => {
    const same = compareVersions(version(V1), version(V1));
    expect(same.changes).toEqual([]);
    expect(same.preamble.changed || same.closing.changed).toBe(false);
  });

  it('labels every change in words', () => {
    const { changes } = compareVersions(version(V1), version(V2));
    expect(changes.map(changeLabel)).toEqual([
      'Bổ sung mới',
      'Sửa đổi (trước là Điều 2)',
      'Đánh số lại (trước là Điều 3)',
      'Bãi bỏ',
    ]);
  });
});
