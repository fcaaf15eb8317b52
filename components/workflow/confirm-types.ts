/**
 * "Phê duyệt", "Từ chối" and "Gỡ bài" cannot be taken back quietly, so each
 * takes two steps: the first form is a GET to the article's own page
 * (`?xac-nhan=…` with what was typed), which reads it back; only the button
 * there sends it. A GET changes nothing and works without JavaScript.
 */
export const CONFIRM_KINDS = ['phe-duyet', 'tu-choi', 'go-bai'] as const;
export type ConfirmKind = (typeof CONFIRM_KINDS)[number];

/** Query parameter names of the first step (Vietnamese, as they show in the address bar). */
export const STEP_PARAMS = {
  kind: 'xac-nhan',
  version: 'v',
  publishAt: 'thoi-gian',
  reason: 'ly-do',
  /** "Quay lại sửa": the first step again, with what was typed. */
  back: 'sua',
} as const;

export type ConfirmStep = {
  /** The confirmation to show, or null: none asked for, or what was typed needs fixing first. */
  kind: ConfirmKind | null;
  /** Which form the typed values and errors belong to. */
  form: ConfirmKind | null;
  /** The version the first step was based on: a change since then is a conflict. */
  version: number | null;
  publishAt: string;
  /** Parsed "Thời gian xuất bản"; null means at once. */
  publishAtDate: Date | null;
  reason: string;
  errors: { publishAt?: string[]; reason?: string[] };
};

export type ConfirmSummary = {
  /** The panel's heading, e.g. "Xác nhận phê duyệt". */
  heading: string;
  /** The final button: the action's own name ("Phê duyệt", "Từ chối", "Gỡ bài"). */
  button: string;
  /** What will happen, one sentence. */
  lead: string;
  /** Label and value pairs read back to the user. */
  facts: { label: string; value: string }[];
  /** Back to the first step with what was typed. */
  backHref: string;
};

/** The second step, ready to render: what to read back and what to send. */
export type Confirmation = {
  summary: ConfirmSummary;
  /** Everything the final Server Action needs: ids, version, time or reason. */
  hidden: Record<string, string>;
  variant: 'primary' | 'danger';
  action: 'approve' | 'reject' | 'unpublish';
};
