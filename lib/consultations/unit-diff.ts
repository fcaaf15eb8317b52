import { type DiffSegment, diffText, type FieldDiff } from '../articles/diff';
import { type DraftUnit, unitName, unitText } from './draft-tree';

export type { DiffSegment };

/** What a unit became between two versions, for the public "what changed" view. */
export type UnitDiff = {
  status: 'same' | 'changed' | 'added' | 'removed';
  /** "Điều 3" in version N, null for a new unit. */
  previousName: string | null;
  /** "Điều 4" in version N+1, null for a dropped unit. */
  nextName: string | null;
  /** The title of a Chương, Mục or Điều; empty segments for Khoản and Điểm. */
  heading: FieldDiff;
  /** The text with its Khoản and Điểm, numbered as written. */
  text: FieldDiff;
};

/**
 * Word-level diff of one unit between versions (either side null when the
 * unit is new or dropped), as segments the page renders as <ins>/<del>.
 * Plain text out: whoever renders it escapes it. A renumbering alone is not
 * a change of text; the names say it ("Điều 3" -> "Điều 4").
 */
export function unitDiff(previous: DraftUnit | null, next: DraftUnit | null): UnitDiff {
  const heading = diffText(previous?.heading ?? '', next?.heading ?? '');
  const text = diffText(previous ? unitText(previous) : '', next ? unitText(next) : '');
  const status = !previous
    ? 'added'
    : !next
      ? 'removed'
      : heading.changed || text.changed
        ? 'changed'
        : 'same';
  return {
    status,
    previousName: previous ? unitName(previous) : null,
    nextName: next ? unitName(next) : null,
    heading,
    text,
  };
}
