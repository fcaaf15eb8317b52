import {
  type DraftTree,
  flattenDraft,
  type PlacedUnit,
  type UnitKind,
  unitText,
} from './draft-tree';
import { diceSimilarity, type WordBag, wordBag } from './text-similarity';

/** One unit of version N found again in version N+1. */
export type UnitMatch = {
  kind: UnitKind;
  /** Its anchor in version N. */
  previous: string;
  /** Its anchor in version N+1. */
  next: string;
  /** Text similarity, 0 to 1 (1: same words); below 0.7 a person should look. */
  confidence: number;
  /** The title or text differs. */
  changed: boolean;
  /** It carries another number (an inserted Điều before it, say). */
  renumbered: boolean;
};

export type UnitMapping = {
  matches: UnitMatch[];
  /** Anchors of version N with no counterpart: the unit was dropped. */
  removed: string[];
  /** Anchors of version N+1 with no counterpart: the unit is new. */
  added: string[];
};

type Side = { unit: PlacedUnit; index: number; key: string; heading: WordBag; body: WordBag };

// A pair this similar is the same unit redrafted; below it, a new unit.
const MIN_SIMILARITY = 0.5;
// A Khoản or Điểm that left its Điều must be nearly unchanged to be followed.
const MIN_SIMILARITY_MOVED = 0.8;
// Same number breaks ties between equally similar units (two identical Khoản).
const SAME_NUMBER_BONUS = 0.05;
const KINDS: UnitKind[] = ['chuong', 'muc', 'dieu', 'khoan', 'diem'];

function sides(tree: DraftTree): Side[] {
  return flattenDraft(tree).map((unit, index) => ({
    unit,
    index,
    key: `${unit.heading}\n${unitText(unit)}`,
    heading: wordBag(unit.heading),
    body: wordBag(unitText(unit)),
  }));
}

/** Similarity of two units of one kind: title and text for a Điều, text for a Khoản. */
function similarity(a: Side, b: Side): number {
  const body = diceSimilarity(a.body, b.body);
  if (a.heading.size === 0 && b.heading.size === 0) return body;
  const heading = diceSimilarity(a.heading, b.heading);
  if (a.body.size === 0 && b.body.size === 0) return heading;
  return 0.4 * heading + 0.6 * body;
}

type Pair = { a: Side; b: Side; similarity: number; score: number };

/** Pairs found so far, both ways, so "is this new unit taken" costs one lookup. */
type Matching = { done: Map<Side, Side>; used: Set<Side> };

function link(m: Matching, a: Side, b: Side): void {
  m.done.set(a, b);
  m.used.add(b);
}

// Most units of a redraft are unchanged: pair identical ones in order
// first, so only the edited ones are compared with everything.
function assignIdentical(olds: Side[], news: Side[], m: Matching): void {
  const byKey = groupBy(
    news.filter((b) => !m.used.has(b)),
    (b) => b.key,
  );
  for (const a of olds) {
    const b = m.done.has(a) ? undefined : byKey.get(a.key)?.shift();
    if (b) link(m, a, b);
  }
}

/** Best pairs first, each unit used once: a greedy assignment, good enough for a few hundred units. */
function assign(olds: Side[], news: Side[], threshold: number, m: Matching): void {
  assignIdentical(olds, news, m);
  const freeNews = news.filter((b) => !m.used.has(b));
  const pairs: Pair[] = [];
  for (const a of olds) {
    if (m.done.has(a)) continue;
    for (const b of freeNews) {
      const s = similarity(a, b);
      if (s < threshold) continue;
      const bonus = a.unit.number === b.unit.number ? SAME_NUMBER_BONUS : 0;
      pairs.push({ a, b, similarity: s, score: s + bonus });
    }
  }
  const distance = (p: Pair) => Math.abs(p.a.index - p.b.index);
  pairs.sort((x, y) => y.score - x.score || distance(x) - distance(y));
  for (const pair of pairs) {
    if (!m.done.has(pair.a) && !m.used.has(pair.b)) link(m, pair.a, pair.b);
  }
}

function groupBy<K>(list: Side[], key: (s: Side) => K): Map<K, Side[]> {
  const groups = new Map<K, Side[]>();
  for (const s of list) {
    const group = groups.get(key(s));
    if (group) group.push(s);
    else groups.set(key(s), [s]);
  }
  return groups;
}

/** Units whose parents were matched are first compared with the matched parent's children only. */
function matchKind(kind: UnitKind, olds: Side[], news: Side[], m: Matching): void {
  const a = olds.filter((s) => s.unit.kind === kind);
  const b = news.filter((s) => s.unit.kind === kind);
  if (kind !== 'khoan' && kind !== 'diem') {
    assign(a, b, MIN_SIMILARITY, m);
    return;
  }
  const nextAnchorOf = new Map([...m.done].map(([o, n]) => [o.unit.anchor, n.unit.anchor]));
  const byParent = groupBy(b, (s) => s.unit.parent);
  for (const [parent, children] of groupBy(a, (s) => s.unit.parent)) {
    const counterpart = byParent.get(nextAnchorOf.get(parent ?? '') ?? null) ?? [];
    assign(children, counterpart, MIN_SIMILARITY, m);
  }
  const left = a.filter((s) => !m.done.has(s));
  if (left.length > 0) assign(left, b, MIN_SIMILARITY_MOVED, m);
}

/**
 * Finds each unit of version N in version N+1 by text and number, so a
 * comment stays on the unit it was about: insert a new Điều 3 and old
 * Điều 3..10 are found as Điều 4..11, their Khoản and Điểm with them.
 * Units are matched within their kind; a Khoản is looked for first in the
 * Điều its own Điều became. Unmatched units are reported as removed or added.
 */
export function matchUnits(previous: DraftTree, next: DraftTree): UnitMapping {
  const olds = sides(previous);
  const news = sides(next);
  const matching: Matching = { done: new Map(), used: new Set() };
  for (const kind of KINDS) matchKind(kind, olds, news, matching);
  const { done, used } = matching;
  const matches = [...done]
    .sort(([x], [y]) => x.index - y.index)
    .map(([a, b]): UnitMatch => {
      const confidence = Math.round(similarity(a, b) * 100) / 100;
      const same = a.unit.heading === b.unit.heading && unitText(a.unit) === unitText(b.unit);
      return {
        kind: a.unit.kind,
        previous: a.unit.anchor,
        next: b.unit.anchor,
        confidence,
        changed: !same,
        renumbered: a.unit.number !== b.unit.number,
      };
    });
  return {
    matches,
    removed: olds.filter((s) => !done.has(s)).map((s) => s.unit.anchor),
    added: news.filter((s) => !used.has(s)).map((s) => s.unit.anchor),
  };
}

/** Where a comment on `anchor` in version N belongs in version N+1; null when the unit was dropped. */
export function carryAnchor(mapping: UnitMapping, anchor: string): string | null {
  return mapping.matches.find((m) => m.previous === anchor)?.next ?? null;
}
