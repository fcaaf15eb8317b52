import { flattenDraft } from './draft-tree';
import { parseDraft } from './parse-draft';

/** A unit as stored (DraftUnit row without ids). */
export type UnitRow = {
  anchor: string;
  kind: string;
  number: string;
  title: string;
  text: string;
  position: number;
  parentAnchor: string | null;
};

export type ParsedDraft = {
  preamble: string;
  closing: string;
  units: UnitRow[];
  warnings: string[];
};

/** The draft text split into the rows a version stores, in reading order. */
export function parseDraftUnits(draftText: string): ParsedDraft {
  const tree = parseDraft(draftText);
  const units = flattenDraft(tree).map((unit, position) => ({
    anchor: unit.anchor,
    kind: unit.kind,
    number: unit.number,
    title: unit.heading,
    text: unit.text,
    position,
    parentAnchor: unit.parent,
  }));
  return { preamble: tree.preamble, closing: tree.closing, units, warnings: tree.warnings };
}
