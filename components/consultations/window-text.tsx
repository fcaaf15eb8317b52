import { formatVnDateTime } from '@/lib/text/date';

/** A window instant written "dd/mm/yyyy HH:mm" (Vietnam time), machine-readable too. */
function At({ value }: { value: string }) {
  return <time dateTime={value}>{formatVnDateTime(value)}</time>;
}

export const PHASE_LABELS = {
  open: 'Đang lấy ý kiến',
  upcoming: 'Sắp lấy ý kiến',
  closed: 'Đã hết thời gian lấy ý kiến',
} as const;

export type Phase = keyof typeof PHASE_LABELS;

/** "Từ 01/06/2026 08:00 đến hết 30/06/2026 23:59": the closing minute is included. */
export function WindowText({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  return (
    <>
      Từ <At value={opensAt} /> đến hết <At value={closesAt} /> (giờ Việt Nam)
    </>
  );
}

/** The phase as a small label. */
export function PhaseBadge({ phase }: { phase: Phase }) {
  const tone = {
    open: 'bg-green-100 text-green-900',
    upcoming: 'bg-blue-100 text-blue-900',
    closed: 'bg-slate-200 text-slate-800',
  }[phase];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${tone}`}>
      {PHASE_LABELS[phase]}
    </span>
  );
}
