'use client';

import { EDITOR_FIELDS, type Option } from './editor-types';
import { MultiCombobox } from './multi-combobox';

type Props = {
  readMore: Option[];
  planItems: Option[];
  planTitle: string | null;
  selectedReadMore: string[];
  selectedPlanItems: string[];
  errors: Record<string, string[]> | undefined;
};

const READ_MORE = {
  label: 'Đọc thêm',
  name: 'readMoreIds',
  placeholder: 'Gõ vài chữ của tiêu đề bài…',
  hint: 'Các bài đã xuất bản để giới thiệu cuối bài, theo thứ tự chọn; người đọc thấy thay đổi khi phiên bản này được phê duyệt.',
};

/**
 * "Đọc thêm" links and the plan items the article carries out, each chosen
 * by typing. The hidden markers tell the server the lists were on the form,
 * so clearing every choice clears the links (an absent list means "leave
 * them as they are").
 */
export function LinkFields(props: Props) {
  const { readMore, planItems, planTitle, selectedReadMore, selectedPlanItems, errors } = props;
  return (
    <>
      <input type="hidden" name={EDITOR_FIELDS.readMoreSent} value="1" />
      <MultiCombobox
        {...READ_MORE}
        options={readMore}
        selected={selectedReadMore}
        error={errors?.readMoreIds}
      />
      <PlanItemsField
        options={planItems}
        planTitle={planTitle}
        selected={selectedPlanItems}
        error={errors?.planItemIds}
      />
    </>
  );
}

type PlanItemsProps = {
  options: Option[];
  planTitle: string | null;
  selected: string[];
  error: string[] | undefined;
};

/**
 * The plan items a piece of content carries out (an article, an event),
 * chosen by typing; nothing when no plan is published. The hidden marker
 * tells the server the list was on the form, so clearing every choice
 * clears the links.
 */
export function PlanItemsField({ options, planTitle, selected, error }: PlanItemsProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="space-y-2 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">Thực hiện giải pháp của kế hoạch truyền thông</legend>
      <input type="hidden" name={EDITOR_FIELDS.planItemsSent} value="1" />
      <MultiCombobox
        label="Giải pháp hoặc hoạt động"
        name="planItemIds"
        placeholder="Gõ vài chữ của giải pháp hoặc hoạt động…"
        hint={planTitle ?? undefined}
        {...{ options, selected, error }}
      />
    </fieldset>
  );
}
