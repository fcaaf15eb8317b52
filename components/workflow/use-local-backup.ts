'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { ActionState } from '@/lib/forms/action-state';
import {
  backupKey,
  hasContent,
  keptValues,
  type LocalBackup,
  parseBackup,
  signedOutKey,
} from '@/lib/forms/local-backup';
import { AUTOSAVE_INTERVAL_MS } from './use-autosave';

/** Where a created article lands: its staff page (the new-article form itself excepted). */
const CREATED = /^\/quan-tri\/bai-viet\/(?!moi$)[^/]+$/;

// localStorage throws when storage is disabled or full: the form goes on without a copy.
function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps a copy of the new-article form in this browser, every 30 seconds
 * and when the person leaves (tab hidden, page closed, another staff page
 * opened), and offers a copy found on arrival. Nothing reaches the server
 * until the person saves. An empty form never replaces a copy, so merely
 * opening the form loses nothing; what is typed last is what is kept. The
 * copy is dropped once the form has created the article (the action took
 * the person to its page).
 */
export function useLocalBackup(
  form: RefObject<HTMLFormElement | null>,
  userId: string | undefined,
  state: ActionState,
) {
  const key = userId ? backupKey('bai-viet-moi', userId) : null;
  const [offer, setOffer] = useState<LocalBackup | null>(null);
  const sending = useRef(false);
  const written = useRef<string | null>(null);
  // React clears `form` before an unmounting page's effects are cleaned up;
  // the last form seen still holds its fields then.
  const last = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (form.current) last.current = form.current;
  });

  const keep = useCallback(() => {
    const el = form.current ?? last.current;
    const storage = store();
    if (!key || !userId || !el || !storage) return;
    if (storage.getItem(signedOutKey(userId)) !== null) return;
    const values = keptValues(new FormData(el));
    const json = JSON.stringify(values);
    if (json === written.current) return;
    try {
      if (hasContent(values)) storage.setItem(key, JSON.stringify({ savedAt: Date.now(), values }));
      else if (written.current !== null) storage.removeItem(key);
      written.current = hasContent(values) ? json : null;
    } catch {
      // Full or refused storage: nothing more to do; the page still holds the text.
    }
  }, [form, key, userId]);

  // An answer from the action (a refusal) means the form is still here, unsaved.
  useEffect(() => {
    if (state) sending.current = false;
  }, [state]);

  useEffect(() => {
    const storage = store();
    if (!key || !userId || !storage) return;
    // Signed in again and writing: copies are kept again.
    storage.removeItem(signedOutKey(userId));
    const found = parseBackup(storage.getItem(key), Date.now());
    if (found) setOffer(found);
    else storage.removeItem(key);
    // Listened for on the document: the form element is rebuilt when its values are.
    const submitted = (event: SubmitEvent) => {
      if (event.target !== form.current) return;
      keep();
      sending.current = true;
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    document.addEventListener('submit', submitted);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', keep);
    const timer = window.setInterval(keep, AUTOSAVE_INTERVAL_MS);
    return () => {
      document.removeEventListener('submit', submitted);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', keep);
      window.clearInterval(timer);
      if (sending.current && CREATED.test(window.location.pathname)) storage.removeItem(key);
      else keep();
    };
  }, [form, key, userId, keep]);

  /** "Khôi phục" or "Bỏ": the offer goes; on "Bỏ" the copy too. */
  const answer = useCallback(
    (restore: boolean): LocalBackup | null => {
      const chosen = offer;
      setOffer(null);
      written.current = null;
      if (!restore && key) store()?.removeItem(key);
      return restore ? chosen : null;
    },
    [offer, key],
  );

  return { offer, answer };
}
