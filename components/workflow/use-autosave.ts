'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { EditorActions, SavedVersion } from './editor-types';

export const AUTOSAVE_INTERVAL_MS = 30_000;

export type Conflict = { mine: Omit<SavedVersion, 'version'>; theirs: SavedVersion };

const field = (data: FormData, name: string) => String(data.get(name) ?? '');

/**
 * Saves the draft in `form` every 30 seconds when it changed, and when the
 * user leaves (tab hidden, page closed or left), through the same versioned
 * save as "Lưu nháp". When someone else saved first, autosave stops and
 * hands back both versions; nothing is written until the user chooses.
 */
export function useAutosave(
  form: RefObject<HTMLFormElement | null>,
  enabled: boolean,
  onVersion: (version: string) => void,
  autosaveAction: EditorActions['autosave'],
) {
  const dirty = useRef(false);
  const busy = useRef(false);
  const stopped = useRef(false);
  // A "Lưu nháp" pressed while an autosave is on its way waits for its new version.
  const held = useRef<HTMLElement | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // The form is passed in when the page is leaving: by then the ref may already be cleared.
  const save = useCallback(
    async (leaving?: HTMLFormElement) => {
      const el = leaving ?? form.current;
      if (!enabled || !el || !dirty.current || busy.current || stopped.current) return;
      busy.current = true;
      dirty.current = false;
      const data = new FormData(el);
      data.delete('cover');
      data.delete('intent');
      try {
        const result = await autosaveAction(data);
        if (result.status === 'saved') {
          setVersion(el, result.version);
          onVersion(String(result.version));
          setStatus(
            `Đã tự động lưu lúc ${new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}.`,
          );
        } else if (result.status === 'conflict') {
          stopped.current = true;
          dirty.current = true;
          const mine = {
            title: field(data, 'title'),
            lead: field(data, 'lead'),
            body: field(data, 'body'),
          };
          setConflict({ mine, theirs: result.theirs });
          setStatus('');
        } else {
          dirty.current = true;
          setStatus(result.message);
        }
      } catch {
        dirty.current = true;
        setStatus('Chưa tự động lưu được (mất kết nối?). Nội dung vẫn còn trên trang.');
      } finally {
        busy.current = false;
        const submitter = held.current;
        held.current = undefined;
        if (submitter !== undefined) el.requestSubmit(submitter as HTMLButtonElement | null);
      }
    },
    [form, enabled, onVersion, autosaveAction],
  );

  useEffect(() => {
    const el = form.current;
    if (!enabled || !el) return;
    const changed = () => {
      dirty.current = true;
    };
    // A manual save or submission takes over: autosave stands down. While an
    // autosave is in flight the press is held back (React never sees it) and
    // replayed once the form carries the version that autosave produced.
    const submitted = (event: SubmitEvent) => {
      if (busy.current) {
        event.preventDefault();
        event.stopPropagation();
        held.current = event.submitter;
        return;
      }
      stopped.current = true;
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const leave = () => void save();
    el.addEventListener('input', changed);
    el.addEventListener('change', changed);
    el.addEventListener('submit', submitted);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    const timer = window.setInterval(() => void save(), AUTOSAVE_INTERVAL_MS);
    return () => {
      el.removeEventListener('input', changed);
      el.removeEventListener('change', changed);
      el.removeEventListener('submit', submitted);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      window.clearInterval(timer);
      void save(el);
    };
  }, [form, enabled, save]);

  /** "Giữ bản của tôi": the user's text is saved over the other version, knowingly. */
  const keepMine = useCallback(() => {
    const el = form.current;
    if (!el || !conflict) return;
    setVersion(el, conflict.theirs.version);
    onVersion(String(conflict.theirs.version));
    setConflict(null);
    stopped.current = false;
    dirty.current = true;
    void save();
  }, [form, conflict, save, onVersion]);

  /** "Dùng bản đã lưu": the form takes the other version; the user's own stays shown until then. */
  const takeTheirs = useCallback(() => {
    const el = form.current;
    if (!el || !conflict) return;
    for (const name of ['title', 'lead', 'body'] as const)
      setField(el, name, conflict.theirs[name]);
    setVersion(el, conflict.theirs.version);
    onVersion(String(conflict.theirs.version));
    setConflict(null);
    dirty.current = false;
    stopped.current = false;
    setStatus('Đã chuyển sang bản đã lưu.');
  }, [form, conflict, onVersion]);

  return { status, conflict, keepMine, takeTheirs };
}

function setVersion(form: HTMLFormElement, version: number): void {
  const input = form.elements.namedItem('version');
  if (input instanceof HTMLInputElement) input.value = String(version);
}

/** Sets a field as typing would, so the components showing it (counters, preview) follow. */
function setField(form: HTMLFormElement, name: string, value: string): void {
  const input = form.elements.namedItem(name);
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return;
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
