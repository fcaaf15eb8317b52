import { diffWords } from 'diff';

/** A run of text that is unchanged, new in the candidate, or gone from the live one. */
export type DiffSegment = { type: 'same' | 'added' | 'removed'; text: string };

/** A linked thing: compared by id, shown by label (two articles may share a title). */
export type Labelled = { id: string; label: string };

/**
 * The fields an approver compares. The link lists are the "Đọc thêm"
 * articles and the plan items, labelled with their titles; omitted = none.
 */
export type RevisionText = {
  title: string;
  lead: string;
  body: string;
  categoryName: string;
  readMore?: readonly Labelled[];
  planItems?: readonly Labelled[];
};

export type FieldDiff = { changed: boolean; segments: DiffSegment[] };

/** A list compared by entry: what the candidate adds, drops and keeps. */
export type ListDiff = {
  changed: boolean;
  added: Labelled[];
  removed: Labelled[];
  kept: Labelled[];
};

export type RevisionDiff = {
  /** False when there is no live revision (first publication): everything is new. */
  hasLive: boolean;
  title: FieldDiff;
  lead: FieldDiff;
  body: FieldDiff;
  category: FieldDiff;
  /** "Đọc thêm" links, by article title. */
  readMore: ListDiff;
  /** Plan items the article carries out, by title. */
  planItems: ListDiff;
};

// A pathological 100 000-character rewrite must not stall a request: past
// this, the field is shown as wholly replaced.
const DIFF_TIMEOUT_MS = 500;

/** Word-level diff of one field; plain text out, escaped by whoever renders it. */
export function diffText(before: string, after: string): FieldDiff {
  if (before === after) {
    return { changed: false, segments: after ? [{ type: 'same', text: after }] : [] };
  }
  const changes = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  const segments: DiffSegment[] = changes
    ? changes
        .filter((c) => c.value !== '')
        .map((c) => ({
          type: c.added ? 'added' : c.removed ? 'removed' : 'same',
          text: c.value,
        }))
    : [
        { type: 'removed', text: before },
        { type: 'added', text: after },
      ];
  return { changed: true, segments: segments.filter((s) => s.text !== '') };
}

/** Entries added and removed between two lists (order ignored: a reorder is no change). */
export function diffList(before: readonly Labelled[], after: readonly Labelled[]): ListDiff {
  const old = new Set(before.map((x) => x.id));
  const now = new Set(after.map((x) => x.id));
  const added = after.filter((x) => !old.has(x.id));
  const removed = before.filter((x) => !now.has(x.id));
  const kept = after.filter((x) => old.has(x.id));
  return { changed: added.length > 0 || removed.length > 0, added, removed, kept };
}

/**
 * What the candidate revision changes against the live one (title, lead,
 * body, category name, links). Without a live revision all is added.
 */
export function diffRevisions(live: RevisionText | null, candidate: RevisionText): RevisionDiff {
  const base: RevisionText = live ?? { title: '', lead: '', body: '', categoryName: '' };
  return {
    hasLive: live !== null,
    title: diffText(base.title, candidate.title),
    lead: diffText(base.lead, candidate.lead),
    body: diffText(base.body, candidate.body),
    category: diffText(base.categoryName, candidate.categoryName),
    readMore: diffList(base.readMore ?? [], candidate.readMore ?? []),
    planItems: diffList(base.planItems ?? [], candidate.planItems ?? []),
  };
}
