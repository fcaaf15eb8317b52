import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass } from '@/components/ui/form/field';
import type { AuditQuery } from '@/lib/audit/schema';
import { VN_DATE_PATTERN } from '@/lib/text/vn-time';
import { AUDIT_ACTION_LABELS } from '@/lib/workflow/labels';

type Props = {
  query: AuditQuery;
  actors: { id: string; label: string }[];
  badDates: readonly string[];
};

const labelClass = 'block font-semibold';

/** The log's filters as a plain GET form (works without JavaScript; the URL can be shared). */
export function AuditFilters({ query, actors, badDates }: Props) {
  const date = (name: 'tu' | 'den', label: string) => {
    const bad = badDates.includes(name);
    return (
      <div className="space-y-1">
        <label htmlFor={`nk-${name}`} className={labelClass}>
          {label}
        </label>
        <p id={`nk-${name}-hint`} className="text-sm text-slate-700">
          Dạng dd/mm/yyyy
        </p>
        {bad ? (
          <p id={`nk-${name}-error`} className="text-sm font-semibold text-red-800">
            Ngày không hợp lệ, đã bỏ qua. Nhập theo dạng dd/mm/yyyy, ví dụ 27/04/2024.
          </p>
        ) : null}
        <input
          id={`nk-${name}`}
          name={name}
          type="text"
          inputMode="numeric"
          pattern={VN_DATE_PATTERN}
          placeholder="dd/mm/yyyy"
          defaultValue={query[name] ?? ''}
          aria-invalid={bad || undefined}
          aria-describedby={`nk-${name}-hint${bad ? ` nk-${name}-error` : ''}`}
          className={controlClass}
        />
      </div>
    );
  };
  return (
    <search aria-label="Lọc nhật ký">
      <form
        method="get"
        action="/quan-tri/nhat-ky"
        className="grid gap-4 rounded border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <div className="space-y-1">
          <label htmlFor="nk-nguoi" className={labelClass}>
            Người thực hiện
          </label>
          <select
            id="nk-nguoi"
            name="nguoi-thuc-hien"
            defaultValue={query['nguoi-thuc-hien'] ?? ''}
            className={controlClass}
          >
            <option value="">Tất cả</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="nk-thao-tac" className={labelClass}>
            Thao tác
          </label>
          <select
            id="nk-thao-tac"
            name="thao-tac"
            defaultValue={query['thao-tac'] ?? ''}
            className={controlClass}
          >
            <option value="">Tất cả</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="nk-bai-viet" className={labelClass}>
            Bài viết (tiêu đề)
          </label>
          <input
            id="nk-bai-viet"
            name="bai-viet"
            type="search"
            defaultValue={query['bai-viet'] ?? ''}
            className={controlClass}
          />
        </div>
        {date('tu', 'Từ ngày')}
        {date('den', 'Đến ngày')}
        <div className="flex items-end">
          <button type="submit" className={buttonClass('primary')}>
            Lọc
          </button>
        </div>
      </form>
    </search>
  );
}
