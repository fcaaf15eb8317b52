import type { ActionState } from '@/lib/forms/action-state';
import type { InlineImage } from '@/lib/workflow/inline-image';

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

/** What the other person saved, for the editor to show beside the user's own text. */
export type SavedVersion = { version: number; title: string; lead: string; body: string };

export type AutosaveResult =
  | { status: 'saved'; version: number }
  | { status: 'conflict'; theirs: SavedVersion }
  | { status: 'skipped' | 'failed'; message: string };

export type InlineImageState = ActionState & { image?: InlineImage };

/**
 * The Server Actions the editor calls as the user works, passed in by the
 * page (components never import app/): the draft's autosave, pasted HTML
 * to Markdown (null: paste the plain text), and a photo for the body.
 */
export type EditorActions = {
  autosave: (formData: FormData) => Promise<AutosaveResult>;
  pasteHtml: (html: string) => Promise<string | null>;
  uploadInlineImage: (formData: FormData) => Promise<InlineImageState>;
};

export type EditorProps = {
  action: FormAction;
  renderPreview: (markdown: string) => Promise<string>;
  actions: EditorActions;
  initial: EditorInitial;
  choices: EditorChoices;
  /** Hidden fields: the revision and the version this form was loaded with. */
  hidden?: Record<string, string>;
  canSubmit: boolean;
  /** A published article's amendment may carry a public "Cập nhật" note. */
  showChangeNote: boolean;
  /** The slug once fixed by a first publication; until then it follows the title. */
  fixedSlug?: string | null;
  /** Save the draft on its own (a DRAFT being edited; never a new article). */
  autosave?: boolean;
  /** A new article: keep a copy in this browser for this user (by id) until it is created. */
  localBackupFor?: string;
  /** Headings inside the form: 2 when the form sits right under the page's h1; else 3. */
  headingLevel?: 2 | 3;
};

/** Field names shared by the form and the Server Actions. */
export const EDITOR_FIELDS = {
  readMoreSent: 'readMoreIds__sent',
  planItemsSent: 'planItemIds__sent',
  intent: 'intent',
} as const;
