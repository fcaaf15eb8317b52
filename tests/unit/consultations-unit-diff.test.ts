import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../lib/consultations/parse-draft';
import { unitDiff } from '../../lib/consultations/unit-diff';

const dieu = (text: string) => parseDraft(text).units[0] ?? null;

describe('unitDiff', () => {
  it('marks the words a redraft inserts and deletes, Khoản numbers included', () => {
    const before = dieu('Điều 3. Tiếp nhận góp ý\n1. Nhận góp ý trực tuyến.\n2. Nhận thư giấy.');
    const after = dieu('Điều 4. Tiếp nhận góp ý\n1. Nhận góp ý trực tuyến trên cổng.');
    const diff = unitDiff(before, after);
    expect(diff).toMatchObject({ status: 'changed', previousName: 'Điều 3', nextName: 'Điều 4' });
    expect(diff.heading.changed).toBe(false);
    const added = diff.text.segments.filter((s) => s.type === 'added').map((s) => s.text.trim());
    const removed = diff.text.segments
      .filter((s) => s.type === 'removed')
      .map((s) => s.text.trim());
    expect(added.join(' ')).toBe('trên cổng');
    expect(removed.join(' ')).toContain('2. Nhận thư giấy.');
    // Reading the "same" and "added" runs in order gives the new text back.
    const rebuilt = diff.text.segments.filter((s) => s.type !== 'removed').map((s) => s.text);
    expect(rebuilt.join('')).toBe('1. Nhận góp ý trực tuyến trên cổng.');
  });

  it('calls a renumbered but unchanged unit the same', () => {
    const diff = unitDiff(dieu('Điều 3. A\n1. B.'), dieu('Điều 4. A\n1. B.'));
    expect(diff.status).toBe('same');
    expect(diff.text.segments).toEqual([{ type: 'same', text: '1. B.' }]);
  });

  it('shows a new unit as all added and a dropped one as all removed', () => {
    const unit = dieu('Điều 2. Hiệu lực\nCó hiệu lực từ ngày ký.');
    expect(unitDiff(null, unit)).toMatchObject({
      status: 'added',
      previousName: null,
      heading: { segments: [{ type: 'added', text: 'Hiệu lực' }] },
      text: { segments: [{ type: 'added', text: 'Có hiệu lực từ ngày ký.' }] },
    });
    expect(unitDiff(unit, null)).toMatchObject({ status: 'removed', nextName: null });
  });
});
