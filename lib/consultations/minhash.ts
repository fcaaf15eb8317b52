/**
 * MinHash signatures over sets of shingles: two sets' signatures agree in a
 * position with probability equal to their Jaccard similarity, so texts can
 * be bucketed by slices of their signatures (locality-sensitive hashing)
 * instead of being compared all against all.
 */

/** 32-bit FNV-1a of a string: the base hash of one shingle. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// MurmurHash3's finaliser: mixes a seeded base hash into one permutation.
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, so the same texts always get the same signatures and groups. */
export function minhashSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = mix(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
}

/** The MinHash signature of a set of shingle hashes: per seed, the smallest mixed hash. */
export function minhashSignature(shingles: Iterable<number>, seeds: Uint32Array): Uint32Array {
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const h = mix(shingle ^ (seeds[i] ?? 0));
      if (h < (signature[i] ?? 0)) signature[i] = h;
    }
  }
  return signature;
}

/** Exact Jaccard similarity of two sets: shared / either. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
