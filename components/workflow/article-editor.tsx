'use client';

import { useActionState, useRef, useState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import { AutosaveConflict } from './autosave-conflict';
import { EditorFields } from './editor-fields';
import { EDITOR_FIELDS, type EditorProps } from './editor-types';
import { useAutosave } from './use-autosave';

/**
 * The article form (new article and editor). A refused save (bad field,
 * someone else's newer save) comes back with what the user typed, and the
 * form is rebuilt from it: nothing typed is lost. A draft being edited is
 * also saved on its own every 30 seconds and when the user leaves.
 */
export function ArticleEditor(props: EditorProps) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const form = useRef<HTMLFormElement>(null);
  // The version a save is based on moves on with each autosave.
  const [version, setVersion] = useState(props.hidden?.version);
  const autosave = useAutosave(form, props.autosave === true, setVersion);
  // A new outcome with different values rebuilds the fields from them (React
  // would otherwise reset them to the values the form first loaded with).
  const key = JSON.stringify(state.values ?? null);
  return (
    <form ref={form} action={formAction} key={key} noValidate className="space-y-5">
      <FormStatus state={state} id="editor-status" />
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
      <EditorFields {...props} state={state} />
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
