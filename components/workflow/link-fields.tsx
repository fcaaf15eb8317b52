import { controlClass, Field } from '@/components/ui/form/field';
import { EDITOR_FIELDS, type Option } from './editor-types';

type Props = {
  readMore: Option[];
  planItems: Option[];
  planTitle: string | null;
  selectedReadMore: string[];
  selectedPlanItems: string[];
  errors: Record<string, string[]> | undefined;
};

/**
 * "Đọc thêm" links and the plan items the article carries out. The hidden
 * markers tell the server the lists were on the form, so clearing every
 * choice clears the links (an absent list means "leave them as they are").
 */
export function LinkFields(props: Props) {
  const { readMore, planItems, planTitle, selectedReadMore, selectedPlanItems, errors } = props;
  const planErrorId = errors?.planItemIds?.length ? 'f-planItemIds-error' : undefined;
  return (
    <>
      <input type="hidden" name={EDITOR_FIELDS.readMoreSent} value="1" />
      <Field
        label="Đọc thêm"
        name="readMoreIds"
        error={errors?.readMoreIds}
        hint="Các bài đã xuất bản để giới thiệu cuối bài; người đọc thấy thay đổi khi phiên bản này được phê duyệt. Giữ Ctrl (⌘ trên Mac) để chọn nhiều bài."
      >
        {(control) => (
          <select
            {...control}
            multiple
            size={6}
            defaultValue={selectedReadMore}
            className={controlClass}
          >
            {readMore.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {planItems.length > 0 ? (
        <fieldset
          className="space-y-2 rounded border border-slate-300 p-4"
          aria-describedby={planErrorId}
          aria-invalid={planErrorId ? true : undefined}
        >
          <legend className="px-1 font-semibold">
            Thực hiện giải pháp của kế hoạch truyền thông
          </legend>
          {planTitle ? <p className="text-sm text-slate-600">{planTitle}</p> : null}
          <input type="hidden" name={EDITOR_FIELDS.planItemsSent} value="1" />
          {planItems.map((item) => (
            <label key={item.value} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="planItemIds"
                value={item.value}
                defaultChecked={selectedPlanItems.includes(item.value)}
                className="mt-1 size-5 focus-visible:outline-3 focus-visible:outline-amber-500"
              />
              <span>{item.label}</span>
            </label>
          ))}
          {planErrorId ? (
            <p id={planErrorId} className="text-sm font-medium text-red-800">
              {errors?.planItemIds?.join(' ')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
