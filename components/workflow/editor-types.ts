import type { ActionState } from '@/lib/forms/action-state';

export type Option = { value: string; label: string };

/** What the article form starts with (a new article, or the revision being edited). */
export type EditorInitial = {
  title: string;
  lead: string;
  body: string;
  source: string;
  categoryId: string;
  changeNote: string;
  readMoreIds: string[];
  planItemIds: string[];
  cover: { mediaId: string; src: string; alt: string; caption: string } | null;
};

export type EditorChoices = {
  categories: Option[];
  readMore: Option[];
  planItems: Option[];
  planTitle: string | null;
};

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Field names shared by the form and the Server Actions. */
export const EDITOR_FIELDS = {
  readMoreSent: 'readMoreIds__sent',
  planItemsSent: 'planItemIds__sent',
  intent: 'intent',
} as const;
