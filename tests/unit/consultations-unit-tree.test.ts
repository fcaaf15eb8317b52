import { describe, expect, it } from 'vitest';
import { parseDraftUnits } from '../../lib/consultations/units';
import { unitTree } from '../../lib/consultations/unit-tree';

const rows = (text: string) =>
  parseDraftUnits(text).units.map((u) => ({ ...u, id: `id-${u.position}` }));

describe('unitTree: stored rows back into the tree the page renders', () => {
  const tree = unitTree(
    rows(
      'Chương I\nCHUNG\nMục 1\nPHẠM VI\nĐiều 1. Phạm vi\n1. Khoản một.\na) Điểm a.\nĐiều 2. Khác\nNội dung.',
    ),
  );

  it('nests Chương, Mục, Điều, Khoản and Điểm as written', () => {
    const chuong = tree[0];
    const muc = chuong?.children[0];
    const dieu = muc?.children[0];
    expect([chuong?.anchor, muc?.anchor, dieu?.anchor]).toEqual([
      'chuong-1',
      'chuong-1-muc-1',
      'dieu-1',
    ]);
    expect(dieu?.children[0]?.children[0]?.anchor).toBe('dieu-1-khoan-1-diem-a');
    expect(muc?.children.map((d) => d.anchor)).toEqual(['dieu-1', 'dieu-2']);
  });

  it('cites Khoản and Điểm with their Điều, and counts the sections above for heading levels', () => {
    const dieu = tree[0]?.children[0]?.children[0];
    expect(dieu?.children[0]?.children[0]?.citation).toBe('điểm a khoản 1 Điều 1');
    expect(dieu?.citation).toBe('Điều 1');
    expect([tree[0]?.sectionDepth, tree[0]?.children[0]?.sectionDepth, dieu?.sectionDepth]).toEqual(
      [0, 1, 2],
    );
  });
});
