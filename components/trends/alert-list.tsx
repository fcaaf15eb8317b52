import { ALERT_KIND_LABELS } from '@/lib/trends-data/alert-kinds';
import type { TrendAlert } from '@/lib/trends-data/dashboard';
import { dayLabel, numberVi } from './scale';

/**
 * Items well above their own same-weekday baseline, each with why (value,
 * baseline, score); then, for those who see consultations (`stance`), the
 * consultations whose share of "Không đồng tình" rose.
 */
export function AlertList(props: {
  alerts: TrendAlert[];
  csvHref: string;
  /** The negative shifts' CSV; null for who does not see consultations. */
  shiftCsvHref: string | null;
}) {
  const { csvHref, shiftCsvHref } = props;
  const alerts = props.alerts.filter((a) => a.kind !== 'stance');
  const shifts = props.alerts.filter((a) => a.kind === 'stance');
  return (
    <section
      aria-labelledby="canh-bao"
      className="space-y-3 rounded border-2 border-red-700 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="canh-bao" className="text-lg font-bold">
          Tăng bất thường ({alerts.length})
        </h2>
        <a href={csvHref} className="text-sm text-blue-800 underline" download>
          Tải CSV<span className="sr-only">: tăng bất thường</span>
        </a>
      </div>
      {alerts.length === 0 ? (
        <p className="text-slate-700">Không có mục nào tăng bất thường trong khoảng ngày này.</p>
      ) : (
        <ul className="space-y-2">
          {alerts.map((a) => (
            <li key={`${a.kind}-${a.subject}-${a.day}`} className="border-l-4 border-red-700 pl-3">
              <p>
                <span className="font-semibold">{ALERT_KIND_LABELS[a.kind]}:</span> {a.subject} —
                ngày {dayLabel(a.day, true)}: <strong>{numberVi.format(a.value)}</strong> (mức
                thường {numberVi.format(a.baseline)}, điểm {numberVi.format(a.score)})
              </p>
              <p className="text-sm text-slate-700">{a.reason}</p>
            </li>
          ))}
        </ul>
      )}
      {shiftCsvHref ? (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-bold">Chuyển biến tiêu cực ({shifts.length})</h3>
            <a href={shiftCsvHref} className="text-sm text-blue-800 underline" download>
              Tải CSV<span className="sr-only">: chuyển biến tiêu cực</span>
            </a>
          </div>
          {shifts.length === 0 ? (
            <p className="text-sm text-slate-700">
              Tỉ lệ “Không đồng tình” trong góp ý dự thảo không tăng rõ rệt ở dự thảo nào trong
              khoảng ngày này. Ý kiến bạn đọc dưới tin bài chưa có quan điểm nên chỉ được tính số
              lượng.
            </p>
          ) : (
            <ul className="space-y-2">
              {shifts.map((a) => (
                <li key={`${a.subject}-${a.day}`} className="border-l-4 border-red-700 pl-3">
                  <p>
                    <span className="font-semibold">{ALERT_KIND_LABELS[a.kind]}:</span> {a.subject}{' '}
                    — từ ngày {dayLabel(a.day, true)}: “Không đồng tình”{' '}
                    <strong>{numberVi.format(a.value)} %</strong> (trước đó{' '}
                    {numberVi.format(a.baseline)} %, điểm {numberVi.format(a.score)})
                  </p>
                  <p className="text-sm text-slate-700">{a.reason}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
