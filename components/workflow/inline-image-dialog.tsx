'use client';

import { useActionState, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { buttonClass } from '@/components/ui/form/button-class';
import { Field } from '@/components/ui/form/field';
import { FilePicker } from '@/components/ui/form/file-picker';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextField } from '@/components/ui/form/text-field';
import { figureMarkdown } from '@/lib/text/markdown-edit';
import type { EditorActions, InlineImageState } from './editor-types';

type Props = {
  upload: EditorActions['uploadInlineImage'];
  revisionId?: string;
  /** Called with the photo's Markdown once it is stored. */
  onInsert: (markdown: string) => void;
  onClose: () => void;
};

const initial: InlineImageState = { ok: false };

/** The photo's words: alt text (required), caption and credit, as the server names them. */
const TEXT_FIELDS = [
  {
    label: 'Mô tả ảnh',
    name: 'alt',
    required: true,
    maxLength: 300,
    hint: 'Bắt buộc: mô tả nội dung ảnh cho người không xem được ảnh.',
  },
  { label: 'Chú thích', name: 'caption', maxLength: 500 },
  { label: 'Tác giả ảnh', name: 'credit', maxLength: 200, hint: 'Hiện sau chú thích: (Ảnh: …).' },
] as const;

/**
 * "Chèn ảnh": a modal dialog (outside the article form, which cannot hold
 * another form) to upload a photo with its required alt text, a caption
 * and the photographer's name; the stored photo goes into the body as a
 * figure.
 */
export function InlineImageDialog({ upload, revisionId, onInsert, onClose }: Props) {
  const [state, action] = useActionState(
    (_prev: InlineImageState, formData: FormData) => upload(formData),
    initial,
  );
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Each stored photo is inserted once, whatever re-renders follow.
  const inserted = useRef<InlineImageState | null>(null);
  useEffect(() => {
    if (!state.ok || !state.image || inserted.current === state) return;
    inserted.current = state;
    onInsert(figureMarkdown(state.image));
  }, [state, onInsert]);
  const errors = state.fieldErrors;
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby="chen-anh-tieu-de"
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded border border-slate-400 p-0 backdrop:bg-slate-900/50"
    >
      <form action={action} noValidate className="space-y-4 p-5">
        <h2 id="chen-anh-tieu-de" className="text-lg font-bold">
          Chèn ảnh vào nội dung
        </h2>
        <FormStatus state={state.ok ? { ok: false } : state} />
        {revisionId ? <input type="hidden" name="revisionId" value={revisionId} /> : null}
        <Field
          label="Tệp ảnh"
          name="image"
          required
          error={errors?.image}
          hint="JPEG, PNG hoặc WebP, tối đa 5 MB; thông tin kèm ảnh (vị trí GPS, máy ảnh) được xoá."
        >
          {(control) => <FilePicker control={control} accept="image/jpeg,image/png,image/webp" />}
        </Field>
        {TEXT_FIELDS.map((f) => (
          <TextField
            key={f.name}
            {...f}
            error={errors?.[f.name]}
            defaultValue={state.values?.[f.name] ?? ''}
          />
        ))}
        <div className="flex flex-wrap gap-3">
          <SubmitButton pendingText="Đang tải ảnh lên…">Tải lên và chèn</SubmitButton>
          <button type="button" className={buttonClass('secondary')} onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
