/**
 * Near-duplicate grouping, applied by the database function feedback_store()
 * (see store.ts) when an item is stored. A new text joins the group of the
 * most similar recent item in its scope (identical, or differing in a few
 * words, case, spaces or diacritics: trigram similarity of the folded texts),
 * or none. The scope is one article's feedback, or one consultation's
 * comments on one unit (the whole draft when none) with one stance, so
 * "Đồng tình" copies never join "Không đồng tình" ones. The group is named
 * by its first item, which is marked as its own group's member the first
 * time someone joins it, so that `groupId = x` lists the whole group and a
 * count needs no special case. An item a moderator took out of its group
 * (groupLocked, no group) is not joined again.
 */

/** Trigram similarity from which two texts count as near-identical. */
export const NEAR_IDENTICAL = 0.8;
/**
 * How far back a group is looked for: the scope's latest items. Folding and
 * comparing costs about 20 µs an item in PostgreSQL, paid on every submission,
 * so the window is what keeps a submission within its time budget; a
 * campaign pasting one text keeps landing in it.
 */
export const GROUP_CANDIDATES = 100;
/** Only the beginning of long texts is compared: enough to tell, bounded in cost. */
export const GROUP_COMPARED = 500;
