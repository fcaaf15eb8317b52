import { DateText } from '@/components/ui/date-text';

/** "Cập nhật": what changed since first publication, and when. */
export function ChangeNote({ note, at }: { note: string; at: string }) {
  return (
    <p className="mt-8 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-slate-900">
      <strong>Cập nhật</strong> lúc <DateText value={at} withTime />: {note}
    </p>
  );
}
