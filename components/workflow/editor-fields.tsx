'use client';

import { useState } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, valueList } from '@/lib/forms/action-state';
import { charCount } from '@/lib/text/counts';
import { slugify } from '@/lib/text/slug';
import { BodyEditor } from './body-editor';
import { CoverFields } from './cover-fields';
import type { EditorInitial, EditorProps } from './editor-types';
import { LinkFields } from './link-fields';

const TITLE_MAX = 300;
const LEAD_MAX = 1000;

/** The article form's fields, with length counters and the public address the title gives. */
export function EditorFields(props: EditorProps & { state: ActionState }) {
  const { initial, choices, state } = props;
  const values = state.values;
  const errors = state.fieldErrors;
  const text = (name: keyof EditorInitial & string, fallback: string) => values?.[name] ?? fallback;
  const [title, setTitle] = useState(text('title', initial.title));
  const [lead, setLead] = useState(text('lead', initial.lead));
  const slug = props.fixedSlug ?? slugify(title);
  const address = slug
    ? `Địa chỉ công khai: /tin-tuc/${slug}${props.fixedSlug ? ' (cố định từ lần xuất bản đầu)' : ''}.`
    : 'Địa chỉ công khai được tạo từ tiêu đề.';
  return (
    <>
      <TextField
        label="Tiêu đề"
        name="title"
        required
        maxLength={TITLE_MAX}
        error={errors?.title}
        hint={`${charCount(title)}/${TITLE_MAX} ký tự. ${address}`}
        defaultValue={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <TextAreaField
        label="Sa-pô"
        name="lead"
        required
        rows={3}
        maxLength={LEAD_MAX}
        error={errors?.lead}
        hint={`${charCount(lead)}/${LEAD_MAX} ký tự.`}
        defaultValue={lead}
        onInput={(e) => setLead(e.currentTarget.value)}
      />
      <BodyEditor
        defaultValue={text('body', initial.body)}
        error={errors?.body}
        renderPreview={props.renderPreview}
        actions={props.actions}
        revisionId={props.hidden?.revisionId}
        headingLevel={props.headingLevel ?? 3}
      />
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
