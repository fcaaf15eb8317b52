/**
 * Near-duplicate grouping, applied by the database function feedback_store()
 * (see store.ts) when an item is stored. A new text joins the group of the
 * most similar recent item in its scope (identical, or differing in a few
 * words, case, spaces or diacritics: pg_trgm's similarity of the folded
 * texts, counted from each item's stored trigrams), or none. The scope is
 * one article's feedback, or one consultation's comments on one unit (the
 * whole draft when none) with one stance, so
 * "Đồng tình" copies never join "Không đồng tình" ones. The group is named
 * by its first item, which is marked as its own group's member the first
 * time someone joins it, so that `groupId = x` lists the whole group and a
 * count needs no special case. An item a moderator took out of its group
 * (groupLocked, no group) is not joined again.
 */

/** Trigram similarity from which two texts count as near-identical. */
export const NEAR_IDENTICAL = 0.8;
/**
 * How far back a group is looked for: the scope's latest items. Each item's
 * folded trigrams are stored with it (the generated column "bodyTrigrams",
 * from the first 500 characters of its body: enough to tell, bounded in
 * size), so comparing costs about 3 µs an item, paid on every submission; a
 * campaign pasting one text keeps landing in the window. A trigram index
 * over the whole scope was measured and rejected: thousands of texts that
 * differ in a few numbers (a template) all pass its 0.8 bound, and a search
 * read the whole index, slower than this window.
 */
export const GROUP_CANDIDATES = 100;
