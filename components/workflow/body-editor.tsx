'use client';

import { type ClipboardEvent, type KeyboardEvent, useRef, useState } from 'react';
import { Field } from '@/components/ui/form/field';
import { wordCount } from '@/lib/text/counts';
import { applyCommand, insertBlock, type TextState } from '@/lib/text/markdown-edit';
import { BodyPreview } from './body-preview';
import type { EditorActions } from './editor-types';
import { EditorToolbar, shortcutCommand, type ToolbarCommand } from './editor-toolbar';
import { InlineImageDialog } from './inline-image-dialog';
import { applyToTextarea, textState } from './textarea-edit';

type Props = {
  defaultValue: string;
  error: string[] | undefined;
  renderPreview: (markdown: string) => Promise<string>;
  actions: Pick<EditorActions, 'pasteHtml' | 'uploadInlineImage'>;
  /** The revision being edited, for the photos' upload rights; none on a new article. */
  revisionId?: string;
  headingLevel: 2 | 3;
};

const HINT =
  'Viết bằng Markdown hoặc dùng thanh công cụ. Dán từ Word hay Google Docs: tiêu đề, danh sách, chữ đậm, nghiêng, liên kết và bảng được giữ, kiểu chữ bị bỏ.';

/**
 * "Nội dung": the body in the site's own (proportional) font, so stacked
 * Vietnamese diacritics render whole, with a formatting toolbar and its
 * shortcuts, paste from office documents as Markdown, photos with alt text
 * and caption, a word count and the live preview.
 */
export function BodyEditor(props: Props) {
  const { defaultValue, error, renderPreview, actions, revisionId, headingLevel } = props;
  const [body, setBody] = useState(defaultValue);
  const [note, setNote] = useState('');
  const [imageAt, setImageAt] = useState<TextState | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const run = (command: ToolbarCommand) => {
    const textarea = area.current;
    if (!textarea) return;
    if (command === 'image') setImageAt(textState(textarea));
    else applyToTextarea(textarea, applyCommand(textState(textarea), command));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = shortcutCommand(e);
    if (!command) return;
    e.preventDefault();
    run(command);
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    if (!html) return;
    e.preventDefault();
    const plain = e.clipboardData.getData('text/plain');
    const textarea = e.currentTarget;
    const at = textState(textarea);
    setNote('Đang chuyển nội dung dán sang Markdown…');
    actions
      .pasteHtml(html)
      .catch(() => null)
      .then((markdown) => {
        const text = markdown ?? plain;
        const base = textarea.value === at.value ? at : textState(textarea);
        const value = base.value.slice(0, base.start) + text + base.value.slice(base.end);
        const caret = base.start + text.length;
        applyToTextarea(textarea, { value, start: caret, end: caret });
        setNote(
          markdown === null
            ? 'Đã dán chữ thường (không chuyển được định dạng).'
            : 'Đã dán và chuyển định dạng sang Markdown.',
        );
      });
  };
  const insertFigure = (markdown: string) => {
    const textarea = area.current;
    if (textarea && imageAt) {
      const base = textarea.value === imageAt.value ? imageAt : textState(textarea);
      applyToTextarea(textarea, insertBlock(base, markdown));
    }
    setImageAt(null);
  };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <Field label="Nội dung" name="body" required error={error} hint={HINT}>
          {(control) => (
            <>
              <EditorToolbar controls={control.id} onCommand={run} />
              <textarea
                {...control}
                ref={area}
                rows={18}
                defaultValue={defaultValue}
                onInput={(e) => setBody(e.currentTarget.value)}
                onKeyDown={onKeyDown}
                onPaste={onPaste}
                className="block w-full rounded-b border border-slate-400 bg-white px-3 py-2 font-sans text-base leading-relaxed focus-visible:outline-3 focus-visible:outline-amber-500 aria-invalid:border-red-700"
              />
            </>
          )}
        </Field>
        <p className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-slate-700">
          <span>{wordCount(body).toLocaleString('vi-VN')} từ</span>
          <span role="status" aria-live="polite">
            {note}
          </span>
        </p>
      </div>
      <BodyPreview markdown={body} render={renderPreview} headingLevel={headingLevel} />
      {imageAt ? (
        <InlineImageDialog
          upload={actions.uploadInlineImage}
          revisionId={revisionId}
          onInsert={insertFigure}
          onClose={() => {
            setImageAt(null);
            area.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
