import { formValues } from './action-state';

/**
 * A browser-local copy of a form not yet saved (the new-article form, which
 * has no draft on the server to autosave into). Pure rules here; the
 * storage itself is the browser's localStorage, used by the form's hook.
 */

/** What is kept: the form's text fields as `formValues` gives them, and when. */
export type LocalBackup = { savedAt: number; values: Record<string, string> };

/** A copy older than this is stale: it is dropped rather than offered. */
export const BACKUP_MAX_AGE_MS = 7 * 86_400_000;

/** The fields that make a form worth keeping; a form with none of them filled is not kept. */
const CONTENT_FIELDS = ['title', 'lead', 'body', 'source'] as const;

const PREFIX = 'portal:ban-luu-tam:';

/** The storage key of one person's copy of one form, so people sharing a browser stay apart. */
export function backupKey(form: string, userId: string): string {
  return `${PREFIX}${form}:${userId}`;
}

/**
 * Present from "Đăng xuất" until the person next opens a form that keeps a
 * copy: the form being left as they sign out, or one still open in another
 * tab, must not write their text back into a browser they have left.
 */
export function signedOutKey(userId: string): string {
  return `portal:da-dang-xuat:${userId}`;
}

type Store = Pick<Storage, 'length' | 'key' | 'removeItem' | 'setItem'>;

/**
 * At "Đăng xuất": forgets every copy this person left in the browser (on a
 * shared computer the next person must not find it in the profile), and
 * marks them signed out. Other people's copies stay.
 */
export function forgetOnSignOut(storage: Store, userId: string): void {
  const mine: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX) && key.endsWith(`:${userId}`)) mine.push(key);
  }
  for (const key of mine) storage.removeItem(key);
  storage.setItem(signedOutKey(userId), String(Date.now()));
}

/** Whether the values hold anything a person typed. */
export function hasContent(values: Record<string, string>): boolean {
  return CONTENT_FIELDS.some((name) => (values[name] ?? '').trim() !== '');
}

/** The values worth keeping from a form: its text fields, without the submit intent (per press). */
export function keptValues(data: FormData): Record<string, string> {
  const { intent: _intent, ...values } = formValues(data);
  return values;
}

/**
 * A stored copy read back, or null when there is none, it is not one of
 * ours (malformed, from another version), it holds nothing, or it is stale.
 */
export function parseBackup(raw: string | null, now: number): LocalBackup | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { savedAt, values } = data as { savedAt?: unknown; values?: unknown };
  if (typeof savedAt !== 'number' || typeof values !== 'object' || values === null) return null;
  const entries = Object.entries(values);
  if (!entries.every(([, v]) => typeof v === 'string')) return null;
  const backup = { savedAt, values: Object.fromEntries(entries) as Record<string, string> };
  if (now - savedAt > BACKUP_MAX_AGE_MS || savedAt > now + 60_000) return null;
  return hasContent(backup.values) ? backup : null;
}
