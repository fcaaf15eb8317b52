import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { NotFoundMessage } from './not-found-message';

/** Sets the 404 status; renders nothing. Only inside NotFoundResponse's boundary. */
function NotFoundStatus(): never {
  notFound();
}

/**
 * What a cached (ISR) reading page renders when there is nothing public at
 * its address: the Vietnamese message in the page's own HTML, inside the
 * portal's header and footer, answered with HTTP 404.
 *
 * Why not a plain notFound(): React's server renderer has no error
 * boundaries, so a notFound() thrown outside any Suspense boundary fails the
 * whole HTML shell, and Next 16 then answers 404 with an empty
 * `<html id="__next_error__">`: the not-found UI exists only in the RSC
 * payload, for client JavaScript to draw (vercel/next.js#62228, still open).
 * Thrown inside a Suspense boundary during a prerender, which is what an ISR
 * page's render is, Next keeps everything outside the boundary and still
 * sets the status to 404 (htmlRendererErrorHandler in Next's app-render).
 * The boundary renders nothing; once JavaScript runs it hands over to
 * app/(public)/not-found.tsx, which shows the same message.
 *
 * Only for pages rendered as a prerender (`revalidate` + generateStaticParams):
 * a streamed dynamic page has already sent 200 when the boundary throws.
 */
export function NotFoundResponse() {
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
