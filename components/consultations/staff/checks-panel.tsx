import type { WindowGuard } from '@/lib/consultations/window-guard';
import { formatDate, formatVnDateTime } from '@/lib/text/date';

/** The window guard's findings: days against the minimum, holidays, the later closing it suggests. */
export function WindowGuardPanel({ guard }: { guard: WindowGuard | null }) {
  return (
    <section
      aria-labelledby="kiem-tra-thoi-gian"
      className="space-y-2 rounded border border-slate-300 p-4"
    >
      <h2 id="kiem-tra-thoi-gian" className="text-lg font-bold">
        Kiểm tra thời gian lấy ý kiến
      </h2>
      {!guard ? (
        <p>Thời điểm kết thúc phải sau thời điểm bắt đầu.</p>
      ) : (
        <>
          <p>
            Lấy ý kiến trong {guard.days} ngày trọn; tối thiểu {guard.minimumDays} ngày.
          </p>
          {guard.belowMinimum ? (
            <p className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-900">
              Ngắn hơn mức tối thiểu: người phê duyệt phải nêu lý do bằng văn bản.
            </p>
          ) : null}
          {guard.holidays.length > 0 ? (
            <div className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-900">
              <p>Thời gian lấy ý kiến trùng ngày nghỉ lễ:</p>
              <ul className="list-disc pl-6">
                {guard.holidays.map((h) => (
                  <li key={h.name}>
                    {h.name}: {h.dates.map((d) => formatDate(`${d}T12:00:00+07:00`)).join(', ')}
                  </li>
                ))}
              </ul>
              {guard.suggestedClosesAt ? (
                <p>Đề nghị kéo dài đến hết {formatVnDateTime(guard.suggestedClosesAt)}.</p>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

type OutlineUnit = {
  id: string;
  anchor: string;
  kind: string;
  number: string;
  title: string;
  text: string;
};

const LABEL: Record<string, string> = {
  chuong: 'Chương',
  muc: 'Mục',
  dieu: 'Điều',
  khoan: 'Khoản',
  diem: 'Điểm',
};
const INDENT: Record<string, string> = {
  chuong: '',
  muc: 'pl-2',
  dieu: 'pl-4',
  khoan: 'pl-8',
  diem: 'pl-12',
};

/** The structure the parser found, as it will be anchored, with its warnings. */
export function StructurePreview({
  units,
  warnings,
}: {
  units: OutlineUnit[];
  warnings: string[];
}) {
  return (
    <section aria-labelledby="cau-truc" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="cau-truc" className="text-lg font-bold">
        Cấu trúc dự thảo ({units.length} đơn vị)
      </h2>
      {warnings.length > 0 ? (
        <ul className="list-disc rounded border-l-4 border-amber-600 bg-amber-50 py-2 pr-3 pl-8 text-amber-900">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {units.length === 0 ? <p>Chưa nhận ra Chương, Điều, khoản hay điểm nào.</p> : null}
      <ol className="space-y-1 text-sm">
        {units.map((u) => (
          <li key={u.id} className={`${INDENT[u.kind] ?? ''} break-words`}>
            <code className="text-slate-700">#{u.anchor}</code> {LABEL[u.kind]} {u.number}
            {u.title ? `. ${u.title}` : ''}{' '}
            <span className="text-slate-700">{u.text.slice(0, 80)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
