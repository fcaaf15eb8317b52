/**
 * The structure of a Vietnamese legal draft: Chương / Mục / Điều / Khoản /
 * Điểm, each unit with an anchor readers can link to and comment on.
 */

export type UnitKind = 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem';

export type DraftUnit = {
  kind: UnitKind;
  /** As numbered in the text: "II" or "2" (Chương), "5" or "5a" (Điều), "2" (Khoản), "đ" (Điểm). */
  number: string;
  /** Unique in the draft: "chuong-2", "dieu-5", "dieu-5-khoan-2", "dieu-5-khoan-2-diem-dd". */
  anchor: string;
  /** The title of a Chương, Mục or Điều; empty for Khoản and Điểm. */
  heading: string;
  /** The unit's own text, paragraphs joined by "\n", without its children's. */
  text: string;
  children: DraftUnit[];
};

export type DraftTree = {
  /** What precedes the first Chương or Điều: issuing body, legal bases ("Căn cứ ..."). */
  preamble: string;
  units: DraftUnit[];
  /** What follows the last unit: "Nơi nhận", signature block. */
  closing: string;
  /** Problems a drafter should fix, in Vietnamese (a repeated Điều number, say). */
  warnings: string[];
};

/** Điểm letters in Vietnamese legal order: there is no f, j, w or z, and đ follows d. */
export const DIEM_LETTERS = [
  ...['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm'],
  ...['n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'],
] as const;

/** The anchor part for a unit number: lowercase ASCII, "đ" -> "dd" so đ and d stay apart. */
export function anchorPart(number: string): string {
  return number.toLowerCase().replace(/đ/g, 'dd');
}

const KIND_LABELS: Record<UnitKind, string> = {
  chuong: 'Chương',
  muc: 'Mục',
  dieu: 'Điều',
  khoan: 'khoản',
  diem: 'điểm',
};

/** How the unit is cited on its own: "Chương II", "Điều 5", "khoản 2", "điểm a". */
export function unitName(unit: Pick<DraftUnit, 'kind' | 'number'>): string {
  return `${KIND_LABELS[unit.kind]} ${unit.number}`;
}

/** A unit with where it sits, as flattenDraft lists them. */
export type PlacedUnit = DraftUnit & {
  /** The anchor of the enclosing unit, null at the top level. */
  parent: string | null;
  /** Citation in Vietnamese order, smallest first: "điểm a khoản 2 Điều 5". */
  citation: string;
};

/** Every unit in reading order, each with its parent's anchor and its citation. */
export function flattenDraft(tree: Pick<DraftTree, 'units'>): PlacedUnit[] {
  const out: PlacedUnit[] = [];
  const visit = (unit: DraftUnit, parent: PlacedUnit | null) => {
    // Khoản and Điểm are cited with the Điều they belong to; a Điều stands alone.
    const inDieu = parent?.kind === 'dieu' || parent?.kind === 'khoan';
    const citation = inDieu ? `${unitName(unit)} ${parent.citation}` : unitName(unit);
    const placed: PlacedUnit = { ...unit, parent: parent?.anchor ?? null, citation };
    out.push(placed);
    for (const child of unit.children) visit(child, placed);
  };
  for (const unit of tree.units) visit(unit, null);
  return out;
}

/** The number a child is written with: "2." for a Khoản, "a)" for a Điểm. */
function marker(unit: DraftUnit): string {
  if (unit.kind === 'khoan') return `${unit.number}.`;
  if (unit.kind === 'diem') return `${unit.number})`;
  return unitName(unit);
}

/**
 * The unit's text with its children's, numbered as written ("1. ...",
 * "a) ..."), one paragraph a line; what a diff or a similarity compares.
 * The unit's own number and title are left out.
 */
export function unitText(unit: DraftUnit): string {
  const lines = unit.text ? [unit.text] : [];
  for (const child of unit.children) {
    const head = child.heading ? `${marker(child)}. ${child.heading}` : marker(child);
    const body = unitText(child);
    lines.push(body ? `${head} ${body}` : head);
  }
  return lines.join('\n');
}
