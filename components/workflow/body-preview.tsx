'use client';

import { useEffect, useRef, useState } from 'react';

type Props = {
  markdown: string;
  /** The level that follows the page's headings (2 under the page's h1, 3 under a section's h2). */
  headingLevel: 2 | 3;
  /** Server Action: the body through the public renderer and sanitiser. */
  render: (markdown: string) => Promise<string>;
};

const DEBOUNCE_MS = 600;

/**
 * A live preview of the body, rendered on the server by the same function
 * that renders public pages (so what staff see is what readers get), and
 * sanitised there: the HTML shown here never contains a script.
 */
export function BodyPreview({ markdown, render, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // The first preview comes at once; later ones wait for a pause in typing.
  const delay = useRef(0);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      render(markdown).then(
        (result) => {
          if (!current) return;
          setHtml(result);
          setFailed(false);
        },
        () => current && setFailed(true),
      );
    }, delay.current);
    delay.current = DEBOUNCE_MS;
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown, render]);

  return (
    <section
      aria-labelledby="xem-truoc-noi-dung"
      className="rounded border border-slate-300 bg-white"
    >
      <Heading
        id="xem-truoc-noi-dung"
        className="border-b border-slate-300 px-4 py-2 text-sm font-bold"
      >
        Xem trước nội dung
      </Heading>
      {failed ? (
        <p className="px-4 py-3 text-red-800">Chưa xem trước được. Nội dung vẫn được giữ nguyên.</p>
      ) : html === null ? (
        <p className="px-4 py-3 text-slate-600">Đang tạo bản xem trước…</p>
      ) : (
        <div
          className="article-body max-w-none px-4 py-3"
          // Sanitised on the server by lib/articles/render.ts (allow-list).
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised HTML
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  );
}
