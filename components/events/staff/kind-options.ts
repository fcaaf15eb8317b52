import { EVENT_KIND_LABELS, EVENT_KINDS } from '@/lib/events/kinds';

/** The kinds of event as the form's choices. */
export const KIND_OPTIONS = EVENT_KINDS.map((value) => ({
  value,
  label: EVENT_KIND_LABELS[value],
}));
