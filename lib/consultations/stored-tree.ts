import type { DraftTree, DraftUnit, UnitKind } from './draft-tree';

/** A stored unit, as read back from DraftUnit rows. */
export type StoredUnit = {
  anchor: string;
  kind: string;
  number: string;
  title: string;
  text: string;
  parentAnchor: string | null;
};

const KINDS: readonly string[] = ['chuong', 'muc', 'dieu', 'khoan', 'diem'];

/**
 * The stored rows of a version (in reading order) back into the parser's
 * tree, so matchUnits and unitDiff compare two stored versions exactly as
 * they compare two parsed texts.
 */
export function storedTree(rows: readonly StoredUnit[]): DraftTree {
  const byAnchor = new Map<string, DraftUnit>();
  const units: DraftUnit[] = [];
  for (const row of rows) {
    const unit: DraftUnit = {
      kind: (KINDS.includes(row.kind) ? row.kind : 'dieu') as UnitKind,
      number: row.number,
      anchor: row.anchor,
      heading: row.title,
      text: row.text,
      children: [],
    };
    byAnchor.set(row.anchor, unit);
    const parent = row.parentAnchor ? byAnchor.get(row.parentAnchor) : undefined;
    (parent ? parent.children : units).push(unit);
  }
  return { preamble: '', closing: '', units, warnings: [] };
}
