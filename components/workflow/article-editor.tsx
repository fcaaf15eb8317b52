'use client';

import { useActionState, useState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState, valueList } from '@/lib/forms/action-state';
import { BodyPreview } from './body-preview';
import { CoverFields } from './cover-fields';
import {
  EDITOR_FIELDS,
  type EditorChoices,
  type EditorInitial,
  type FormAction,
} from './editor-types';
import { LinkFields } from './link-fields';

type Props = {
  action: FormAction;
  renderPreview: (markdown: string) => Promise<string>;
  initial: EditorInitial;
  choices: EditorChoices;
  /** Hidden fields: the revision and the version this form was loaded with. */
  hidden?: Record<string, string>;
  canSubmit: boolean;
  /** A published article's amendment may carry a public "Cập nhật" note. */
  showChangeNote: boolean;
};

/**
 * The article form (new article and editor). A refused save (bad field,
 * someone else's newer save) comes back with what the user typed, and the
 * form is rebuilt from it: nothing typed is lost.
 */
export function ArticleEditor(props: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  // A new outcome with different values rebuilds the fields from them (React
  // would otherwise reset them to the values the form first loaded with).
  const key = JSON.stringify(state.values ?? null);
  return (
    <form action={formAction} key={key} noValidate className="space-y-5">
      <FormStatus state={state} id="editor-status" />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <EditorFields {...props} state={state} />
      <div className="flex flex-wrap gap-3 border-t border-slate-300 pt-4">
        <SubmitButton name={EDITOR_FIELDS.intent} value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        {props.canSubmit ? (
          <SubmitButton name={EDITOR_FIELDS.intent} value="submit">
            Gửi duyệt
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}

function EditorFields(props: Props & { state: ActionState }) {
  const { initial, choices, state } = props;
  const values = state.values;
  const errors = state.fieldErrors;
  const text = (name: keyof EditorInitial & string, fallback: string) => values?.[name] ?? fallback;
  const [body, setBody] = useState(text('body', initial.body));
  return (
    <>
      <TextField
        label="Tiêu đề"
        name="title"
        required
        maxLength={300}
        error={errors?.title}
        defaultValue={text('title', initial.title)}
      />
      <TextAreaField
        label="Sa-pô"
        name="lead"
        required
        rows={3}
        maxLength={1000}
        error={errors?.lead}
        defaultValue={text('lead', initial.lead)}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <TextAreaField
          label="Nội dung"
          name="body"
          required
          rows={18}
          error={errors?.body}
          hint="Viết bằng Markdown: ## tiêu đề mục, **đậm**, *nghiêng*, - danh sách, > trích dẫn, [liên kết](https://…)."
          defaultValue={body}
          onInput={(event) => setBody(event.currentTarget.value)}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm focus-visible:outline-3 focus-visible:outline-amber-500 aria-invalid:border-red-700"
        />
        <BodyPreview markdown={body} render={props.renderPreview} />
      </div>
      <SelectField
        label="Chuyên mục"
        name="categoryId"
        required
        options={choices.categories}
        placeholder="— Chọn chuyên mục —"
        error={errors?.categoryId}
        defaultValue={text('categoryId', initial.categoryId)}
      />
      <TextField
        label="Nguồn"
        name="source"
        maxLength={300}
        error={errors?.source}
        hint="Ví dụ: PLVN. Để trống nếu bài do Cổng viết."
        defaultValue={text('source', initial.source)}
      />
      {props.showChangeNote ? (
        <TextAreaField
          label="Ghi chú cập nhật"
          name="changeNote"
          rows={2}
          maxLength={500}
          error={errors?.changeNote}
          hint="Hiện cho người đọc cùng thời điểm cập nhật. Để trống nếu không cần."
          defaultValue={text('changeNote', initial.changeNote)}
        />
      ) : null}
      {/* Links are part of the revision: readers see a change once it is approved. */}
      <LinkFields
        readMore={choices.readMore}
        planItems={choices.planItems}
        planTitle={choices.planTitle}
        selectedReadMore={valueList(values, 'readMoreIds') ?? (values ? [] : initial.readMoreIds)}
        selectedPlanItems={valueList(values, 'planItemIds') ?? (values ? [] : initial.planItemIds)}
        errors={errors}
      />
      <CoverFields cover={initial.cover} errors={errors} values={values} />
    </>
  );
}
