import { type UnitKind, unitName } from './draft-tree';

/** A stored unit as the page needs it. */
export type FlatUnit = {
  id: string;
  anchor: string;
  kind: string;
  number: string;
  title: string;
  text: string;
  parentAnchor: string | null;
};

export type UnitNode = FlatUnit & {
  /** "điểm a khoản 2 Điều 5": how the unit is cited, for the link's accessible name. */
  citation: string;
  /** Chương and Mục above it: the page gives each level the next heading. */
  sectionDepth: number;
  children: UnitNode[];
};

const KINDS: readonly string[] = ['chuong', 'muc', 'dieu', 'khoan', 'diem'];

/** The stored rows (reading order, parent anchors) back into a tree for rendering. */
export function unitTree(units: readonly FlatUnit[]): UnitNode[] {
  const byAnchor = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const parent = unit.parentAnchor ? byAnchor.get(unit.parentAnchor) : undefined;
    const kind = (KINDS.includes(unit.kind) ? unit.kind : 'dieu') as UnitKind;
    const name = unitName({ kind, number: unit.number });
    const inDieu = parent?.kind === 'dieu' || parent?.kind === 'khoan';
    const node: UnitNode = {
      ...unit,
      citation: inDieu ? `${name} ${parent.citation}` : name,
      sectionDepth: parent
        ? parent.sectionDepth + (parent.kind === 'chuong' || parent.kind === 'muc' ? 1 : 0)
        : 0,
      children: [],
    };
    byAnchor.set(unit.anchor, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
