import { fnv1a, jaccard, minhashSeeds, minhashSignature } from './minhash';
import { foldedWords } from './text-similarity';

// 32 bands of 4 rows: texts of Jaccard 0.5 share a band with probability
// 0.87, of 0.6 with 0.98, of 0.2 with 0.05; every candidate is then checked
// exactly, so the bands only decide who gets compared.
const BANDS = 32;
const ROWS = 4;
const SEEDS = minhashSeeds(BANDS * ROWS);
// Copies of one campaign text with a few words changed score 0.58 and up
// on word pairs; distinct comments on the same Điều score below 0.25. Just
// above 0.5 keeps "Đồng ý" apart from "Không đồng ý".
const DEFAULT_THRESHOLD = 0.55;
// A bucket of many distinct texts: each is compared with this many groups at most.
const MAX_COMPARISONS = 20;

/** Pairs of consecutive folded words ("dong y"); a one-word text is its word. */
function shingles(text: string): Set<number> {
  const words = foldedWords(text);
  const out = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) out.add(fnv1a(`${words[i]} ${words[i + 1]}`));
  if (words.length === 1) out.add(fnv1a(words[0] ?? ''));
  return out;
}

function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  return { find, union };
}

function buckets(sets: Set<number>[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  sets.forEach((set, index) => {
    if (set.size === 0) return;
    const signature = minhashSignature(set, SEEDS);
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${signature.subarray(band * ROWS, (band + 1) * ROWS).join(',')}`;
      const bucket = out.get(key);
      if (bucket) bucket.push(index);
      else out.set(key, [index]);
    }
  });
  return out;
}

/**
 * Groups near-identical texts (a campaign letter sent 200 times with small
 * edits, the same comment pasted twice): word pairs over diacritic-folded
 * text, Jaccard similarity at least `threshold`, linked transitively.
 * MinHash with banding finds the candidates, so thousands of texts are not
 * compared all against all. Returns groups of two or more indices into
 * `texts`, largest first; texts with no words are never grouped.
 */
export function similarityGroups(
  texts: readonly string[],
  threshold = DEFAULT_THRESHOLD,
): number[][] {
  const sets = texts.map(shingles);
  const { find, union } = unionFind(texts.length);
  for (const bucket of buckets(sets).values()) {
    const groupsSeen: number[] = [];
    for (const i of bucket) {
      const rep = groupsSeen.slice(0, MAX_COMPARISONS).find((r) => {
        if (find(r) === find(i)) return true;
        return jaccard(sets[r] ?? new Set(), sets[i] ?? new Set()) >= threshold;
      });
      if (rep === undefined) groupsSeen.push(i);
      else union(i, rep);
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    if (!sets[i]?.size) return;
    const group = groups.get(find(i));
    if (group) group.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
}
