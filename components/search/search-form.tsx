import type { CategoryDto } from '@/lib/categories/queries';
import type { SearchParams } from '@/lib/search';
import { VN_DATE_PATTERN } from '@/lib/text/vn-time';

const fieldClass = 'min-h-11 w-full rounded border border-slate-400 bg-white px-3 text-base';
const labelClass = 'mb-1 block text-sm font-semibold text-slate-800';

/** The search page's own form: query, category, date range and order, as a plain GET form. */
export function SearchForm({
  params,
  categories,
}: {
  params: SearchParams;
  categories: CategoryDto[];
}) {
  return (
    <form
      action="/tim-kiem"
      method="get"
      className="mt-4 grid gap-4 rounded bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2 lg:col-span-6">
        <label htmlFor="tu-khoa" className={labelClass}>
          Từ khoá
        </label>
        <input
          id="tu-khoa"
          type="search"
          name="q"
          defaultValue={params.q.slice(0, 1000)}
          maxLength={1000}
          aria-describedby="tu-khoa-goi-y"
          className={fieldClass}
        />
        <p id="tu-khoa-goi-y" className="mt-1 text-sm text-slate-700">
          Gõ có dấu hoặc không dấu; đặt cụm từ trong ngoặc kép để tìm đúng cụm, ví dụ "đầu tư công".
        </p>
      </div>
      <div className="lg:col-span-2">
        <label htmlFor="loc-chuyen-muc" className={labelClass}>
          Chuyên mục
        </label>
        <select
          id="loc-chuyen-muc"
          name="chuyen-muc"
          defaultValue={params.category ?? ''}
          className={fieldClass}
        >
          <option value="">Tất cả chuyên mục</option>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <DateField name="tu" label="Từ ngày" params={params} />
      <DateField name="den" label="Đến ngày" params={params} />
      <div>
        <label htmlFor="sap-xep" className={labelClass}>
          Sắp xếp
        </label>
        <select
          id="sap-xep"
          name="sap-xep"
          defaultValue={params.sort === 'newest' ? 'moi-nhat' : 'lien-quan'}
          className={fieldClass}
        >
          <option value="lien-quan">Liên quan nhất</option>
          <option value="moi-nhat">Mới nhất</option>
        </select>
      </div>
      <div className="flex items-end">
        <button
          type="submit"
          className="min-h-11 w-full rounded bg-nav px-4 font-semibold text-white hover:bg-blue-800"
        >
          Tìm
        </button>
      </div>
    </form>
  );
}

/**
 * A day typed as Vietnamese write it (dd/mm/yyyy): a text field, so the
 * browser's language never turns it into mm/dd/yyyy.
 */
function DateField({
  name,
  label,
  params,
}: {
  name: 'tu' | 'den';
  label: string;
  params: SearchParams;
}) {
  const id = `ngay-${name}`;
  const bad = params.badDates.includes(name);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        name={name}
        inputMode="numeric"
        pattern={VN_DATE_PATTERN}
        placeholder="dd/mm/yyyy"
        title="Ngày theo dạng dd/mm/yyyy, ví dụ 27/04/2024"
        defaultValue={name === 'tu' ? params.from : params.to}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-loi` : undefined}
        className={fieldClass}
      />
      {bad ? (
        <p id={`${id}-loi`} className="mt-1 text-sm font-semibold text-red-800">
          Ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.
        </p>
      ) : null}
    </div>
  );
}
