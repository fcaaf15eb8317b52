'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form/text-field';
import type { Option } from '@/components/workflow/editor-types';
import { PlanItemsField } from '@/components/workflow/link-fields';
import { type ActionState, initialActionState, valueList } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type EventFormValues = {
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  hostUnit: string;
  summary: string;
  videoUrl: string;
  reportSlugs: string;
};

/** The published plans' solutions and activities on offer, as the article form gets them. */
export type EventPlanChoices = { planItems: Option[]; planTitle: string | null };

type Props = {
  action: FormAction;
  hidden: Record<string, string>;
  initial: EventFormValues;
  /** The plan items the revision carries out now. */
  planItemIds: string[];
  plan: EventPlanChoices;
  kindOptions: readonly { value: string; label: string }[];
  photos: readonly { id: string; src: string; alt: string }[];
};

const TIME_HINT = 'Giờ Việt Nam, dạng ngày/tháng/năm giờ:phút, ví dụ 15/06/2026 08:30.';

/**
 * An event's fields: what, when, where, who hosts it; afterwards the report
 * articles, photos and video. "Lưu nháp" and "Gửi duyệt". A refusal keeps
 * what was typed (not the photo, which is never echoed).
 */
export function EventForm(props: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const v = (name: keyof EventFormValues) => state.values?.[name] ?? props.initial[name];
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <SelectField
        name="kind"
        label="Loại sự kiện"
        required
        options={props.kindOptions}
        placeholder="— Chọn loại sự kiện —"
        defaultValue={v('kind')}
        error={err('kind')}
      />
      <TextField
        name="title"
        label="Tên sự kiện"
        required
        maxLength={300}
        defaultValue={v('title')}
        error={err('title')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="startsAt"
          label="Bắt đầu"
          hint={TIME_HINT}
          required
          defaultValue={v('startsAt')}
          error={err('startsAt')}
        />
        <TextField
          name="endsAt"
          label="Kết thúc"
          hint={TIME_HINT}
          defaultValue={v('endsAt')}
          error={err('endsAt')}
        />
      </div>
      <TextField name="place" label="Địa điểm" defaultValue={v('place')} error={err('place')} />
      <TextField
        name="onlineUrl"
        label="Đường dẫn trực tuyến"
        hint="Nếu sự kiện được truyền trực tuyến, ví dụ https://…"
        defaultValue={v('onlineUrl')}
        error={err('onlineUrl')}
      />
      <TextField
        name="hostUnit"
        label="Đơn vị chủ trì"
        required
        defaultValue={v('hostUnit')}
        error={err('hostUnit')}
      />
      <TextAreaField
        name="summary"
        label="Nội dung tóm tắt"
        required
        rows={6}
        defaultValue={v('summary')}
        error={err('summary')}
      />
      {/* Part of the revision: the plan page shows the change once it is approved. */}
      <PlanItemsField
        options={props.plan.planItems}
        planTitle={props.plan.planTitle}
        selected={valueList(state.values, 'planItemIds') ?? (state.values ? [] : props.planItemIds)}
        error={err('planItemIds')}
      />
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Sau sự kiện</legend>
        <TextAreaField
          name="reportSlugs"
          label="Bài tường thuật"
          hint="Đường dẫn bài viết trên cổng, mỗi dòng một bài, ví dụ /tin-tuc/ten-bai-viet. Chỉ bài đã xuất bản mới hiện cho bạn đọc."
          rows={3}
          defaultValue={v('reportSlugs')}
          error={err('reportSlugs')}
        />
        <TextField
          name="videoUrl"
          label="Đường dẫn video"
          defaultValue={v('videoUrl')}
          error={err('videoUrl')}
        />
        {props.photos.length > 0 ? (
          <fieldset>
            <legend className="font-semibold">Ảnh đã có (đánh dấu để bỏ)</legend>
            <ul className="mt-2 grid gap-3 sm:grid-cols-3">
              {props.photos.map((p) => (
                <li key={p.id}>
                  {/* biome-ignore lint/performance/noImgElement: staff preview of a stored file */}
                  <img
                    src={p.src}
                    alt={p.alt}
                    className="aspect-video w-full rounded object-cover"
                  />
                  <label className="mt-1 flex min-h-11 items-center gap-2">
                    <input type="checkbox" name="removePhoto" value={p.id} className="size-5" /> Bỏ
                    ảnh này
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <TextField
          name="cover"
          type="file"
          label="Thêm ảnh"
          accept="image/jpeg,image/png,image/webp"
          error={err('cover')}
        />
        <TextField
          name="coverAlt"
          label="Mô tả ảnh (cho người không xem được ảnh)"
          error={err('coverAlt')}
        />
        <TextField name="coverCaption" label="Chú thích ảnh" error={err('coverCaption')} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        <SubmitButton name="intent" value="submit">
          Gửi duyệt
        </SubmitButton>
      </div>
    </form>
  );
}
