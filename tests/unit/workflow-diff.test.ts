import { describe, expect, it } from 'vitest';
import { diffList, diffRevisions, diffText } from '../../lib/articles/diff';

const text = (segments: { type: string; text: string }[], type: string) =>
  segments.filter((s) => s.type === type).map((s) => s.text.trim());

describe('word-level diff for the approval screen', () => {
  it('marks replaced Vietnamese words as removed and added, the rest unchanged', () => {
    const d = diffText('Bộ đẩy mạnh truyền thông', 'Bộ tăng cường truyền thông số');
    expect(d.changed).toBe(true);
    expect(text(d.segments, 'removed')).toEqual(['đẩy mạnh']);
    expect(text(d.segments, 'added')).toEqual(['tăng cường', 'số']);
    expect(d.segments.map((s) => (s.type === 'removed' ? '' : s.text)).join('')).toBe(
      'Bộ tăng cường truyền thông số',
    );
  });

  it('reports an unchanged field as unchanged', () => {
    expect(diffText('Giữ nguyên', 'Giữ nguyên')).toEqual({
      changed: false,
      segments: [{ type: 'same', text: 'Giữ nguyên' }],
    });
  });

  it('compares title, lead, body and category name; with nothing live, all is added', () => {
    const candidate = { title: 'T', lead: 'L', body: 'B', categoryName: 'Tin tức' };
    const first = diffRevisions(null, candidate);
    expect(first.hasLive).toBe(false);
    expect(first.category.segments).toEqual([{ type: 'added', text: 'Tin tức' }]);
    const later = diffRevisions({ ...candidate, categoryName: 'Sự kiện' }, candidate);
    expect(later.title.changed).toBe(false);
    expect(later.category.changed).toBe(true);
    expect(text(later.category.segments, 'removed')).toEqual(['Sự kiện']);
  });

  it('returns text, not markup: tags in the body stay literal for the renderer to escape', () => {
    const d = diffText('a', 'a <script>x</script>');
    expect(d.segments.map((s) => s.text).join('')).toContain('<script>');
  });

  it('compares link lists by id: added and removed titles, a reorder is no change', () => {
    const a = { id: 'a', label: 'Bài A' };
    const b = { id: 'b', label: 'Bài B' };
    const twin = { id: 'c', label: 'Bài A' }; // another article with the same title
    expect(diffList([a, b], [b, a])).toEqual({
      changed: false,
      added: [],
      removed: [],
      kept: [b, a],
    });
    expect(diffList([a, b], [b, twin])).toEqual({
      changed: true,
      added: [twin],
      removed: [a],
      kept: [b],
    });
    const first = diffRevisions(null, {
      title: 'T',
      lead: 'L',
      body: 'B',
      categoryName: 'C',
      readMore: [a],
    });
    expect(first.readMore.added).toEqual([a]);
    expect(first.planItems).toEqual({ changed: false, added: [], removed: [], kept: [] });
  });
});
