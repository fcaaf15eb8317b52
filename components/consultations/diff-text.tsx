import type { DiffSegment, FieldDiff } from '@/lib/articles/diff';

// Screen readers do not announce <ins>/<del> by default, and colour alone
// says nothing to many readers: added words are underlined, removed ones
// struck through, and hidden words say which is which.
function Segment({ segment }: { segment: DiffSegment }) {
  if (segment.type === 'added') {
    return (
      <ins className="bg-green-100 text-green-950 underline decoration-green-800 decoration-2">
        <span className="sr-only">[Thêm: </span>
        {segment.text}
        <span className="sr-only">]</span>
      </ins>
    );
  }
  if (segment.type === 'removed') {
    return (
      <del className="bg-red-100 text-red-950 line-through decoration-red-800 decoration-2">
        <span className="sr-only">[Bỏ: </span>
        {segment.text}
        <span className="sr-only">]</span>
      </del>
    );
  }
  return <span>{segment.text}</span>;
}

/** A text's word diff, escaped as text (React), its line breaks kept. */
export function DiffText({ diff, className }: { diff: FieldDiff; className?: string }) {
  return (
    <div className={`whitespace-pre-wrap break-words ${className ?? ''}`}>
      {diff.segments.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
        <Segment key={i} segment={s} />
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
