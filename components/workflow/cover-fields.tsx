import { TextField } from '@/components/ui/form/text-field';
import { Field } from '@/components/ui/form/field';
import { FilePicker } from '@/components/ui/form/file-picker';
import type { EditorInitial } from './editor-types';

type Props = {
  cover: EditorInitial['cover'];
  errors: Record<string, string[]> | undefined;
  values: Record<string, string> | undefined;
};

/**
 * "Ảnh đại diện": the current cover (kept unless another is uploaded) and an
 * upload. The server checks the file's content, not its name; the file
 * input cannot be refilled after a refused submission, which the hint says.
 */
export function CoverFields({ cover, errors, values }: Props) {
  const keptId = values ? (values.coverMediaId ?? '') : (cover?.mediaId ?? '');
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">Ảnh đại diện</legend>
      <input type="hidden" name="coverMediaId" value={keptId} />
      {cover && keptId === cover.mediaId ? (
        <figure className="space-y-1">
          {/* biome-ignore lint/performance/noImgElement: a staff thumbnail, not a public page */}
          <img src={cover.src} alt={cover.alt} className="max-h-40 w-auto rounded border" />
          <figcaption className="text-sm text-slate-600">Ảnh hiện tại: {cover.alt}</figcaption>
        </figure>
      ) : keptId ? (
        <p className="text-sm text-slate-700">Ảnh đã tải lên được giữ lại cho lần lưu này.</p>
      ) : null}
      <Field
        label="Tải ảnh lên"
        name="cover"
        error={errors?.cover ?? errors?.coverMediaId}
        hint="JPEG, PNG hoặc WebP, tối đa 5 MB và 40 triệu điểm ảnh; thông tin kèm ảnh (vị trí GPS, máy ảnh, tác giả) được xoá khi lưu. Nếu lần gửi trước bị từ chối, hãy chọn lại tệp."
      >
        {(control) => <FilePicker control={control} accept="image/jpeg,image/png,image/webp" />}
      </Field>
      <TextField
        label="Mô tả ảnh"
        name="coverAlt"
        error={errors?.coverAlt}
        hint="Bắt buộc khi tải ảnh lên: mô tả nội dung ảnh cho người không xem được ảnh."
        defaultValue={values?.coverAlt ?? ''}
        maxLength={300}
      />
      <TextField
        label="Chú thích ảnh"
        name="coverCaption"
        error={errors?.coverCaption}
        defaultValue={values?.coverCaption ?? cover?.caption ?? ''}
        maxLength={500}
      />
    </fieldset>
  );
}
