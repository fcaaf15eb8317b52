import type { DiffSegment } from '@/lib/articles/diff';

/**
 * One run of a word diff. Screen readers do not announce <ins>/<del> by
 * default, and colour alone says nothing to many readers: added words are
 * underlined, removed ones struck through, and hidden words say which is which.
 */
export function DiffSegmentMark({ segment }: { segment: DiffSegment }) {
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
