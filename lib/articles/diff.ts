import { diffWords } from 'diff';

/** A run of text that is unchanged, new in the candidate, or gone from the live one. */
export type DiffSegment = { type: 'same' | 'added' | 'removed'; text: string };

/** The fields an approver compares. */
export type RevisionText = { title: string; lead: string; body: string; categoryName: string };

export type FieldDiff = { changed: boolean; segments: DiffSegment[] };

export type RevisionDiff = {
  /** False when there is no live revision (first publication): everything is new. */
  hasLive: boolean;
  title: FieldDiff;
  lead: FieldDiff;
  body: FieldDiff;
  category: FieldDiff;
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

/**
 * What the candidate revision changes against the live one (title, lead,
 * body, category name). Without a live revision every field is all added.
 */
export function diffRevisions(live: RevisionText | null, candidate: RevisionText): RevisionDiff {
  const base: RevisionText = live ?? { title: '', lead: '', body: '', categoryName: '' };
  return {
    hasLive: live !== null,
    title: diffText(base.title, candidate.title),
    lead: diffText(base.lead, candidate.lead),
    body: diffText(base.body, candidate.body),
    category: diffText(base.categoryName, candidate.categoryName),
  };
}
