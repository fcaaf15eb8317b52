import type { CategoryDto } from '@/lib/categories/queries';
import type { SearchParams } from '@/lib/search';

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
      <div>
        <label htmlFor="tu-ngay" className={labelClass}>
          Từ ngày
        </label>
        <input
          id="tu-ngay"
          type="date"
          name="tu"
          defaultValue={params.from ?? ''}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="den-ngay" className={labelClass}>
          Đến ngày
        </label>
        <input
          id="den-ngay"
          type="date"
          name="den"
          defaultValue={params.to ?? ''}
          className={fieldClass}
        />
      </div>
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
