import { controlClass } from '@/components/ui/form/field';
import { REJECT_REASON_LABELS } from '@/lib/moderation/labels';

/** One of the four reasons a moderator gives for refusing or hiding an item. */
export function ReasonSelect(props: { id: string; label: string; error?: string[] }) {
  const { id, label, error } = props;
  const errorId = error?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name="reason"
        defaultValue=""
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className={controlClass}
      >
        <option value="">Chọn lý do</option>
        {Object.entries(REJECT_REASON_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
