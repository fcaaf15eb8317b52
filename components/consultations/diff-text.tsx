import { DiffSegmentMark } from '@/components/ui/diff-segment';
import type { FieldDiff } from '@/lib/articles/diff';

/** A text's word diff, escaped as text (React), its line breaks kept. */
export function DiffText({ diff, className }: { diff: FieldDiff; className?: string }) {
  return (
    <div className={`whitespace-pre-wrap break-words ${className ?? ''}`}>
      {diff.segments.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
        <DiffSegmentMark key={i} segment={s} />
      ))}
    </div>
  );
}

/** What the marks mean, in words, shown once above a diff. */
export function DiffLegend() {
  return (
    <p className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">
      Cách đọc: chữ{' '}
      <ins className="bg-green-100 underline decoration-green-800 decoration-2">được thêm</ins> có
      gạch chân; chữ{' '}
      <del className="bg-red-100 line-through decoration-red-800 decoration-2">bị bỏ</del> bị gạch
      ngang. Mỗi điều ghi rõ là sửa đổi, bổ sung mới, bãi bỏ hay chỉ đánh số lại.
    </p>
  );
}
