'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import { AutosaveConflict } from './autosave-conflict';
import { BackupOffer } from './backup-offer';
import { EditorFields } from './editor-fields';
import { EDITOR_FIELDS, type EditorProps } from './editor-types';
import { useAutosave } from './use-autosave';
import { useLocalBackup } from './use-local-backup';

const RESTORED =
  'Đã khôi phục nội dung chưa lưu. Bài chỉ được lưu lên hệ thống khi bạn bấm “Lưu nháp” hoặc “Gửi duyệt”.';

/**
 * The article form (new article and editor). A refused save (bad field,
 * someone else's newer save) comes back with what the user typed, and the
 * form is rebuilt from it: nothing typed is lost. A draft being edited is
 * also saved on its own every 30 seconds and when the user leaves; a new
 * article is kept in the browser instead, and offered back on return.
 */
export function ArticleEditor(props: EditorProps) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const form = useRef<HTMLFormElement>(null);
  // The version a save is based on moves on with each autosave.
  const [version, setVersion] = useState(props.hidden?.version);
  const autosave = useAutosave(form, props.autosave === true, setVersion, props.actions.autosave);
  const backup = useLocalBackup(form, props.localBackupFor, state);
  // What the person chose about a kept copy stands until the next action outcome.
  const [local, setLocal] = useState<{ shown: ActionState; over: ActionState } | null>(null);
  const shown = local?.over === state ? local.shown : state;
  const answer = (restore: boolean) => {
    const values = backup.answer(restore)?.values;
    const message = values ? RESTORED : 'Đã bỏ nội dung chưa lưu.';
    setLocal({ shown: { ok: true, message, values }, over: state });
  };
  useEffect(() => {
    const title = form.current?.elements.namedItem('title');
    if (local?.shown.values && title instanceof HTMLElement) title.focus();
  }, [local]);
  // A new outcome with different values rebuilds the fields from them (React
  // would otherwise reset them to the values the form first loaded with).
  const key = JSON.stringify(shown.values ?? null);
  return (
    <form ref={form} action={formAction} key={key} noValidate className="space-y-5">
      <FormStatus state={shown} id="editor-status" />
      {backup.offer ? (
        <BackupOffer
          backup={backup.offer}
          headingLevel={props.headingLevel ?? 3}
          onRestore={() => answer(true)}
          onDiscard={() => answer(false)}
        />
      ) : null}
      {autosave.conflict ? (
        <AutosaveConflict
          conflict={autosave.conflict}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input
          key={name}
          type="hidden"
          name={name}
          defaultValue={name === 'version' ? version : value}
        />
      ))}
      <EditorFields {...props} state={shown} />
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-300 pt-4">
        <SubmitButton name={EDITOR_FIELDS.intent} value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        {props.canSubmit ? (
          <SubmitButton name={EDITOR_FIELDS.intent} value="submit">
            Gửi duyệt
          </SubmitButton>
        ) : null}
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {autosave.status}
        </p>
      </div>
    </form>
  );
}
