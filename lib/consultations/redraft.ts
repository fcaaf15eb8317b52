import { diffText, type FieldDiff } from '../articles/diff';
import { type DraftUnit, flattenDraft, type PlacedUnit } from './draft-tree';
import { matchUnits } from './match-units';
import { type StoredUnit, storedTree } from './stored-tree';
import { unitDiff } from './unit-diff';

/**
 * What a reader sees of a redraft: per Điều (with its Khoản and Điểm), and
 * per Chương or Mục heading, whether it is new, dropped, changed or only
 * renumbered, with a word diff. Units that did not change are left out.
 * Pure: the caller loads two published versions' stored units.
 */
export type RedraftChange = {
  status: 'changed' | 'added' | 'removed' | 'renumbered';
  /** "Điều 3" in the earlier version, null for a new unit. */
  previousName: string | null;
  /** "Điều 4" in the later version, null for a dropped unit. */
  nextName: string | null;
  /** The unit's element id on the comparison page: its later anchor, or "bo-" + its earlier one. */
  anchor: string;
  heading: FieldDiff;
  text: FieldDiff;
};

export type VersionText = { preamble: string; closing: string; units: readonly StoredUnit[] };

export type RedraftComparison = {
  changes: RedraftChange[];
  preamble: FieldDiff;
  closing: FieldDiff;
};

/** The units a change is reported for: each Điều whole, and the Chương and Mục themselves. */
const REPORTED = new Set(['chuong', 'muc', 'dieu']);

/** A Chương or Mục without its children: its change is its own heading and text. */
function own(unit: PlacedUnit | undefined): DraftUnit | null {
  if (!unit) return null;
  return unit.kind === 'dieu' ? unit : { ...unit, children: [] };
}

function changeOf(
  previous: PlacedUnit | undefined,
  next: PlacedUnit | undefined,
): RedraftChange | null {
  const diff = unitDiff(own(previous), own(next));
  const renumbered = previous && next && previous.number !== next.number;
  if (diff.status === 'same' && !renumbered) return null;
  const status = diff.status === 'same' ? 'renumbered' : diff.status;
  const anchor = next ? next.anchor : `bo-${previous?.anchor ?? ''}`;
  return {
    status,
    previousName: diff.previousName,
    nextName: diff.nextName,
    anchor,
    heading: diff.heading,
    text: diff.text,
  };
}

/**
 * Every reported unit that changed from `previous` to `next`, in the later
 * version's reading order, a dropped unit placed where it stood before the
 * unit that followed it. A renumbering alone is listed ("Điều 3" became
 * "Điều 4") so a reader following a citation finds it.
 */
export function compareVersions(previous: VersionText, next: VersionText): RedraftComparison {
  const oldTree = storedTree(previous.units);
  const newTree = storedTree(next.units);
  const before = flattenDraft(oldTree).filter((u) => REPORTED.has(u.kind));
  const after = flattenDraft(newTree).filter((u) => REPORTED.has(u.kind));
  const mapping = matchUnits(oldTree, newTree);
  const nextOf = new Map(mapping.matches.map((m) => [m.previous, m.next]));
  const byAnchor = new Map(after.map((u) => [u.anchor, u]));
  const matchedNext = new Set<string>();
  const dropped = new Map<string, PlacedUnit[]>();
  let pending: PlacedUnit[] = [];
  for (const unit of before) {
    const counterpart = nextOf.get(unit.anchor);
    if (counterpart && byAnchor.has(counterpart)) {
      matchedNext.add(counterpart);
      if (pending.length > 0) dropped.set(counterpart, pending);
      pending = [];
    } else pending.push(unit);
  }
  const previousOf = new Map(mapping.matches.map((m) => [m.next, m.previous]));
  const beforeByAnchor = new Map(before.map((u) => [u.anchor, u]));
  const changes: RedraftChange[] = [];
  const push = (change: RedraftChange | null) => change && changes.push(change);
  for (const unit of after) {
    for (const gone of dropped.get(unit.anchor) ?? []) push(changeOf(gone, undefined));
    const was = matchedNext.has(unit.anchor)
      ? beforeByAnchor.get(previousOf.get(unit.anchor) ?? '')
      : undefined;
    push(changeOf(was, unit));
  }
  for (const gone of pending) push(changeOf(gone, undefined));
  return {
    changes,
    preamble: diffText(previous.preamble, next.preamble),
    closing: diffText(previous.closing, next.closing),
  };
}

/** How a change is labelled in words (never by colour alone). */
export function changeLabel(
  change: Pick<RedraftChange, 'status' | 'previousName' | 'nextName'>,
): string {
  switch (change.status) {
    case 'added':
      return 'Bổ sung mới';
    case 'removed':
      return 'Bãi bỏ';
    case 'renumbered':
      return `Đánh số lại (trước là ${change.previousName ?? ''})`;
    default:
      return change.previousName && change.previousName !== change.nextName
        ? `Sửa đổi (trước là ${change.previousName})`
        : 'Sửa đổi';
  }
}
