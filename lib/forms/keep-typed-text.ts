/**
 * React resets a <textarea> to its server-rendered text when it hydrates the
 * page (it keeps what was typed into an <input>), so a correction typed into
 * an article's lead or body before the staff page's scripts have run would
 * silently vanish: on a slow connection that is seconds. This function runs
 * as an inline script at the top of every staff page, before any form is
 * parsed: it notes what is typed into a textarea until the page is hydrated,
 * then for a few seconds puts the noted text back wherever it was reset, as
 * if typed again (an `input` event, so React's handlers see it). On a page
 * hydrated before anyone types it notes nothing and does nothing.
 *
 * Self-contained (it is sent as its own source text): no imports, no
 * closure over module scope.
 */
export function keepTypedText(): void {
  const WATCH_AFTER_HYDRATION_MS = 3000;
  const typed = new Map<HTMLTextAreaElement, string>();
  const hydrated = () =>
    'next' in window && document.querySelector('next-route-announcer') !== null;
  let hydratedAt = 0;
  const noteTyping = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLTextAreaElement)) return;
    // After hydration only the text noted before it is followed.
    if (hydratedAt === 0 || typed.has(target)) typed.set(target, target.value);
  };
  document.addEventListener('input', noteTyping, true);
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  const timer = window.setInterval(() => {
    for (const [textarea, value] of typed) {
      if (!textarea.isConnected) typed.delete(textarea);
      else if (textarea.value !== value && setValue) {
        setValue.call(textarea, value);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (hydratedAt === 0 && hydrated()) hydratedAt = Date.now();
    if (hydratedAt !== 0 && Date.now() - hydratedAt > WATCH_AFTER_HYDRATION_MS) {
      window.clearInterval(timer);
      document.removeEventListener('input', noteTyping, true);
      typed.clear();
    }
  }, 50);
}
