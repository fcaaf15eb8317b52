import { MAIN_ID } from './site';

/** First focusable element of every page: jumps past the header and navigation. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only z-50 bg-amber-300 px-4 py-3 font-semibold text-slate-900 underline focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Bỏ qua đến nội dung chính
    </a>
  );
}
