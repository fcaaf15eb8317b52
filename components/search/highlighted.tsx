import type { Segment } from '@/lib/search';

/** Text with its matches in <mark>; every character goes through React's escaping. */
export function Highlighted({ parts }: { parts: Segment[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed, in order
          <mark key={i} className="bg-amber-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
